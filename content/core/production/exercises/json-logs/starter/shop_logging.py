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
        raise NotImplementedError


def setup_logging(path: Path, level: str = "INFO") -> None:
    """Send every log record to the file at path as JSON lines, with levels per logger."""
    raise NotImplementedError


def run_job(name: str, job: Callable[[], object]) -> bool:
    """Run job(): log that it is done at INFO, or its failure with the traceback at ERROR."""
    raise NotImplementedError
