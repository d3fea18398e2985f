"""The shop's logs: one JSON object per line, configured with logging.config.dictConfig."""

import json
import logging
import logging.config
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

# The attributes every LogRecord has; anything else on a record came from extra={...}.
STANDARD_FIELDS = set(vars(logging.makeLogRecord({})))


class JsonFormatter(logging.Formatter):
    """Formats a record as one line of JSON: time, level, logger, message, extras, error."""

    def format(self, record: logging.LogRecord) -> str:
        created = datetime.fromtimestamp(record.created, timezone.utc)
        entry = {
            "time": created.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({key: value for key, value in vars(record).items() if key not in STANDARD_FIELDS})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def setup_logging(path: Path, level: str = "INFO") -> None:
    """Send every log record to the file at path as JSON lines, with levels per logger."""
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {"json": {"()": JsonFormatter}},
            "handlers": {
                "file": {"class": "logging.FileHandler", "filename": str(path), "formatter": "json"},
            },
            "loggers": {
                "shop.payments": {"level": "DEBUG"},
                "urllib3": {"level": "WARNING"},
            },
            "root": {"level": level, "handlers": ["file"]},
        }
    )


def run_job(name: str, job: Callable[[], object]) -> bool:
    """Run job(): log that it is done at INFO, or its failure with the traceback at ERROR."""
    log = logging.getLogger("shop.jobs")
    try:
        job()
    except Exception:
        log.error("job %s failed", name, extra={"job": name})
        return False
    log.info("job %s done", name, extra={"job": name})
    return True
