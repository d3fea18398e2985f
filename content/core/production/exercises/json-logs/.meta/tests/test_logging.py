"""setup_logging and JsonFormatter: JSON lines in a file, levels per logger.

The tests log through the learner's own `logging` module (shop_logging.logging), the way the
shop's code would."""

import json
import re
from datetime import datetime, timedelta, timezone

import pytest

import shop_logging

ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00")


def logger(name):
    return shop_logging.logging.getLogger(name)


def read_log(path, count=None):
    """The entries of the log file, each line parsed as JSON (and how many there should be)."""
    assert path.exists(), (
        f"setup_logging(path) should send the records to the file at path ({path.name}) "
        "with a logging.FileHandler, but the file was never created"
    )
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            pytest.fail(f"Line {number} of the log is not JSON: {line[:200]!r}. Each record should be "
                        "one line of json.dumps(...)", pytrace=False)
        assert isinstance(entry, dict), f"Line {number} of the log should be a JSON object {{...}}, not {line[:100]}"
        entries.append(entry)
    if count is not None:
        assert len(entries) == count, (
            f"{count} record(s) were logged, so the file should have {count} line(s), not {len(entries)}. "
            "A logger that was used before setup_logging and now logs nothing was switched off by dictConfig: "
            'say "disable_existing_loggers": False'
        )
    return entries


def messages(path):
    return [(entry.get("logger"), entry.get("message")) for entry in read_log(path)]


def test_one_json_object_per_record(tmp_path):
    """Each record is one line of JSON with time, level, logger and message, in that order."""
    path = tmp_path / "shop.log"
    shop_logging.setup_logging(path)
    before = datetime.now(timezone.utc)
    logger("shop.orders").info("order %s paid", 42)
    logger("shop.orders").warning("stock low:\n%d left", 2)
    first, second = read_log(path, 2)
    assert list(first)[:4] == ["time", "level", "logger", "message"], (
        f"Each entry should start with the keys time, level, logger, message, in that order; got {list(first)}"
    )
    assert {k: first[k] for k in ("level", "logger", "message")} == {
        "level": "INFO", "logger": "shop.orders", "message": "order 42 paid",
    }, (
        'log.info("order %s paid", 42) on the logger shop.orders should give level "INFO", '
        'logger "shop.orders" and message "order 42 paid": record.levelname, record.name and '
        "record.getMessage() (which puts the arguments in)"
    )
    assert (second["level"], second["message"]) == ("WARNING", "stock low:\n2 left"), (
        'A warning with a newline in it should keep level "WARNING" and the whole message, '
        "escaped by json.dumps so that the record stays on one line"
    )
    assert ISO_UTC.fullmatch(str(first["time"])), (
        f"time should look like 2024-05-01T12:30:05.123+00:00 (UTC, milliseconds), not {first['time']!r}: "
        "datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec=\"milliseconds\")"
    )
    logged = datetime.fromisoformat(first["time"])
    assert before - timedelta(seconds=5) <= logged <= datetime.now(timezone.utc) + timedelta(seconds=5), (
        f"time should be when the record was made (record.created), in UTC; {first['time']} is not now"
    )


def test_extra_fields_are_added(tmp_path):
    """Fields given with extra={...} become keys of the entry, after the four."""
    path = tmp_path / "shop.log"
    shop_logging.setup_logging(path)
    logger("shop.orders").info("order placed", extra={"order_id": 42, "items": ["tea", "jam"], "paid": True})
    logger("shop.orders").info("no extras")
    placed, plain = read_log(path, 2)
    assert {k: placed.get(k) for k in ("order_id", "items", "paid")} == {
        "order_id": 42, "items": ["tea", "jam"], "paid": True,
    }, (
        'log.info("order placed", extra={"order_id": 42, "items": [...], "paid": True}) should add the keys '
        "order_id, items and paid to the entry, with their JSON values: they are the record's attributes "
        "that are not in STANDARD_FIELDS"
    )
    assert list(placed) == ["time", "level", "logger", "message", "order_id", "items", "paid"], (
        f"The entry should hold the four keys, then the extras, and nothing else; got {list(placed)}"
    )
    assert list(plain) == ["time", "level", "logger", "message"], (
        f"A record without extras should have exactly time, level, logger, message; got {list(plain)}"
    )


def test_values_json_cannot_write_become_text(tmp_path):
    """An extra value that JSON cannot write (a datetime) is written as its str()."""
    path = tmp_path / "shop.log"
    shop_logging.setup_logging(path)
    when = datetime(2024, 5, 1, 12, 30)
    logger("shop.orders").info("delivery booked", extra={"slot": when})
    (entry,) = read_log(path, 1)
    assert entry.get("slot") == str(when), (
        "extra={\"slot\": datetime(2024, 5, 1, 12, 30)} should be written as \"2024-05-01 12:30:00\": "
        "json.dumps(entry, default=str) turns what JSON cannot write into text"
    )


def test_a_failed_job_is_logged_with_its_traceback(tmp_path):
    """run_job logs a failure at ERROR on shop.jobs, with the exception under "error"."""
    path = tmp_path / "shop.log"
    shop_logging.setup_logging(path)

    def charge_cards():
        raise ValueError("card declined")

    assert shop_logging.run_job("charge-cards", charge_cards) is False, (
        "run_job should return False when the job raises an exception (and not let it out)"
    )
    (entry,) = read_log(path, 1)
    assert {k: entry.get(k) for k in ("level", "logger", "message", "job")} == {
        "level": "ERROR", "logger": "shop.jobs", "message": "job charge-cards failed", "job": "charge-cards",
    }, (
        'A failed job should be logged on the logger "shop.jobs" at ERROR with the message '
        '"job charge-cards failed" and the extra field job: log.exception("job %s failed", name, '
        'extra={"job": name}) inside the except block'
    )
    error = str(entry.get("error"))
    assert "Traceback" in error and error.endswith("ValueError: card declined"), (
        'The entry of a failed job should have the key "error" with the whole traceback, ending in '
        '"ValueError: card declined": log.exception(...) in the except block records the exception, '
        "and the formatter writes self.formatException(record.exc_info)"
    )


def test_a_job_that_works_is_logged_at_info(tmp_path):
    """run_job logs a job that works at INFO, without an "error" key, and returns True."""
    path = tmp_path / "shop.log"
    shop_logging.setup_logging(path)
    ran = []
    assert shop_logging.run_job("send-invoices", lambda: ran.append("sent")) is True, (
        "run_job should return True when the job works"
    )
    assert ran == ["sent"], "run_job should call the job once"
    (entry,) = read_log(path, 1)
    assert {k: entry.get(k) for k in ("level", "logger", "message", "job")} == {
        "level": "INFO", "logger": "shop.jobs", "message": "job send-invoices done", "job": "send-invoices",
    }, (
        'A job that works should be logged on "shop.jobs" at INFO as "job send-invoices done", with the '
        "extra field job"
    )
    assert "error" not in entry, 'A record without an exception should have no "error" key'


def test_levels_per_logger(tmp_path):
    """The root logs INFO and up; shop.payments DEBUG and up; urllib3 WARNING and up."""
    path = tmp_path / "shop.log"
    shop_logging.setup_logging(path)
    logger("shop.orders").debug("orders debug")
    logger("shop.orders").info("orders info")
    logger("shop.payments").debug("payments debug")
    logger("shop.payments.cards").debug("cards debug")
    logger("urllib3").info("urllib3 info")
    logger("urllib3.connectionpool").info("pool info")
    logger("urllib3").warning("urllib3 warning")
    assert messages(path) == [
        ("shop.orders", "orders info"),
        ("shop.payments", "payments debug"),
        ("shop.payments.cards", "cards debug"),
        ("urllib3", "urllib3 warning"),
    ], (
        "With the default level INFO, the log should hold: orders info (INFO on the root), payments debug "
        "and cards debug (shop.payments and its children log DEBUG), urllib3 warning (urllib3 logs WARNING "
        "and up only). Not: orders debug, urllib3 info, pool info"
    )


def test_the_level_argument_sets_the_root(tmp_path):
    """setup_logging(path, level) sets the root's level; the two loggers keep theirs."""
    quiet = tmp_path / "quiet.log"
    shop_logging.setup_logging(quiet, "WARNING")
    logger("shop.orders").info("orders info")
    logger("shop.orders").warning("orders warning")
    logger("shop.payments").debug("payments debug")
    assert messages(quiet) == [("shop.orders", "orders warning"), ("shop.payments", "payments debug")], (
        'setup_logging(path, "WARNING") should drop orders info but keep orders warning, and still '
        "keep payments debug: shop.payments has its own level, DEBUG"
    )
    chatty = tmp_path / "chatty.log"
    shop_logging.setup_logging(chatty, "DEBUG")
    logger("shop.orders").debug("orders debug")
    logger("urllib3").info("urllib3 info")
    assert messages(chatty) == [("shop.orders", "orders debug")], (
        'setup_logging(path, "DEBUG") should keep orders debug and still drop urllib3 info (urllib3 logs '
        "WARNING and up)"
    )
    assert messages(quiet)[-1] == ("shop.payments", "payments debug"), (
        "After a second setup_logging with another file, records should go to the new file only"
    )


def test_loggers_made_before_the_setup_keep_working(tmp_path):
    """A logger created before setup_logging is not switched off by it."""
    early = logger("shop.search.made_early")
    early.info("before the setup")
    path = tmp_path / "shop.log"
    shop_logging.setup_logging(path)
    early.info("after the setup")
    assert messages(path) == [("shop.search.made_early", "after the setup")], (
        "A module's logger is usually created at import, before the logging is set up. dictConfig "
        "switches such loggers off unless the config says \"disable_existing_loggers\": False"
    )


def test_the_formatter_on_its_own():
    """JsonFormatter().format(record) works on a record made by hand."""
    record = shop_logging.logging.makeLogRecord(
        {"name": "shop.cart", "levelname": "INFO", "levelno": 20, "msg": "%d items", "args": (3,),
         "created": 1714566605.25, "cart_id": "c-17"}
    )
    line = shop_logging.JsonFormatter().format(record)
    assert isinstance(line, str) and "\n" not in line, "format(record) should return one line of text"
    assert json.loads(line) == {
        "time": "2024-05-01T12:30:05.250+00:00", "level": "INFO", "logger": "shop.cart",
        "message": "3 items", "cart_id": "c-17",
    }, (
        "A record made at 1714566605.25 (2024-05-01 12:30:05.250 UTC) by the logger shop.cart with "
        'msg "%d items", args (3,) and the extra cart_id "c-17" should format as '
        '{"time": "2024-05-01T12:30:05.250+00:00", "level": "INFO", "logger": "shop.cart", '
        '"message": "3 items", "cart_id": "c-17"}'
    )
