import itertools

import pytest

from logs import count_by_service, first_alert, parse, with_level

# Every ten lines of the test log follow this pattern: 8 good lines, 2 broken ones.
BLOCK = [
    "INFO web GET /cart took {n} ms",
    "INFO db query done in {n} ms",
    "WARNING db slow query on orders",
    "ERROR payments Card declined for order {n}",
    "",
    "INFO web GET /checkout took {n} ms",
    "ERROR db connection lost, retrying",
    "INFO search reindex of {n} products",
    "--- log rotated ---",
    "ERROR payments Card expired for order {n}",
]


class Log:
    """A web shop log of a million lines, made one line at a time as it is read.

    It counts the lines read. So that code which reads the whole log first fails in a
    moment with a clear message, instead of running for half a minute, it ends early
    after `safety` lines.
    """

    def __init__(self, size=1_000_000, safety=300):
        self.size = size
        self._lines = (self._line(n) for n in range(1, min(size, safety) + 1))
        self.read = 0

    @staticmethod
    def _line(n):
        text = BLOCK[(n - 1) % len(BLOCK)].format(n=n)
        if text.startswith("INFO") or text.startswith("WARNING") or text.startswith("ERROR"):
            seconds = n % 86400
            text = f"2024-05-03 {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d} {text}"
        return text + "\n"

    def __iter__(self):
        return self

    def __next__(self):
        line = next(self._lines)
        self.read += 1
        return line


class Tap:
    """Passes the items of a stage on, one at a time, counting how many went through."""

    def __init__(self, items):
        self._items = iter(items)
        self.passed = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._items)
        self.passed += 1
        return item


EXAMPLE = [
    "2024-05-03 14:02:11 ERROR payments Card declined\n",
    "2024-05-03 14:02:12 INFO web GET /cart\n",
    "--- log rotated ---\n",
    "2024-05-03 14:02:13 ERROR payments Card expired\n",
]


def entries_of(iterable, limit=50):
    return list(itertools.islice(iterable, limit))


def test_parse_example():
    """parse yields (level, service, message) for the good lines of the example."""
    assert entries_of(parse(EXAMPLE)) == [
        ("ERROR", "payments", "Card declined"),
        ("INFO", "web", "GET /cart"),
        ("ERROR", "payments", "Card expired"),
    ], (
        "parse(example) should give (ERROR, payments, Card declined), (INFO, web, GET /cart) "
        "and (ERROR, payments, Card expired): level, service and message, without the "
        "newline at the end, and without the broken --- log rotated --- line"
    )


def test_message_keeps_its_spaces():
    """The message is the whole rest of the line, spaces and all."""
    line = "2024-05-03 09:15:00 WARNING db slow query on orders took 2300 ms\n"
    assert entries_of(parse([line])) == [("WARNING", "db", "slow query on orders took 2300 ms")], (
        'The message of this line should be "slow query on orders took 2300 ms": split the '
        "line into at most five parts (split(maxsplit=4)) so the message stays whole"
    )


def test_broken_lines_are_skipped():
    """Lines with fewer than five parts are skipped."""
    lines = [
        "\n",
        "",
        "--- log rotated ---\n",
        "2024-05-03 09:15:01 INFO web\n",
        "2024-05-03 09:15:02 INFO web ok\n",
    ]
    assert entries_of(parse(lines)) == [("INFO", "web", "ok")], (
        "Of an empty line, a --- log rotated --- marker, a line with no message and one good "
        'line, parse should give only ("INFO", "web", "ok")'
    )


def test_parse_reads_one_line_per_entry():
    """parse reads a line only when the next entry is asked for."""
    log = Log()
    entries = parse(log)
    assert log.read == 0, (
        f"Calling parse(log) already read {log.read} lines of a log of {log.size:,} lines: a "
        "generator function reads nothing until next() asks for the first entry (use yield "
        "in a loop, not a list)"
    )
    assert next(entries)[:2] == ("INFO", "web"), "The first entry of the test log should be INFO from web"
    assert log.read == 1, (
        f"To give the first entry, parse read {log.read} lines of a log of {log.size:,} lines: "
        "it should read one line and yield its entry at once (use yield, not a list)"
    )
    entries_of(entries, 4)
    assert log.read == 6, (
        f"The test log's 5th line is empty, so its first five entries come from its first 6 "
        f"lines: parse should have read 6 lines by then, not {log.read}"
    )


def test_with_level():
    """with_level keeps only the entries of one level."""
    entries = [("ERROR", "db", "down"), ("INFO", "web", "ok"), ("ERROR", "web", "500"), ("WARNING", "db", "slow")]
    assert entries_of(with_level(entries, "ERROR")) == [("ERROR", "db", "down"), ("ERROR", "web", "500")], (
        'with_level(entries, "ERROR") should keep the two ERROR entries, in order'
    )
    assert entries_of(with_level(entries, "WARNING")) == [("WARNING", "db", "slow")], (
        'with_level(entries, "WARNING") should keep only the WARNING entry'
    )
    assert entries_of(with_level(entries, "DEBUG")) == [], 'with_level(entries, "DEBUG") should give nothing'


def test_with_level_is_lazy():
    """with_level reads an entry only when the next match is asked for."""
    log = Log()
    parsed = Tap(parse(log))
    errors = with_level(parsed, "ERROR")
    assert not isinstance(errors, list), (
        "with_level should return a generator, not a list: use round brackets, "
        "(entry for entry in entries if ...)"
    )
    assert parsed.passed == 0, (
        f"Calling with_level(...) already took {parsed.passed} entries: it should take none "
        "until the first match is asked for"
    )
    assert next(errors) == ("ERROR", "payments", "Card declined for order 4"), (
        'The first ERROR of the test log should be ("ERROR", "payments", "Card declined for order 4")'
    )
    assert (parsed.passed, log.read) == (4, 4), (
        f"The first ERROR is the 4th entry, on line 4: by then with_level should have taken 4 "
        f"entries and parse read 4 lines, not {parsed.passed} entries and {log.read} lines"
    )
    assert next(errors)[1] == "db", "The second ERROR of the test log should come from db"
    assert (parsed.passed, log.read) == (6, 7), (
        f"The second ERROR is the 6th entry, on line 7: with_level should have taken 6 "
        f"entries and parse read 7 lines by then, not {parsed.passed} and {log.read}"
    )


def test_count_by_service():
    """count_by_service counts the entries of each service."""
    entries = [("ERROR", "db", "down"), ("INFO", "web", "ok"), ("ERROR", "db", "again"), ("INFO", "db", "up")]
    assert count_by_service(entries) == {"db": 3, "web": 1}, (
        'count_by_service should give {"db": 3, "web": 1} for three db entries and one web entry'
    )
    assert count_by_service([]) == {}, "count_by_service([]) should give an empty dict"


def test_whole_pipeline_over_a_long_log():
    """parse, with_level and count_by_service together read a log of 200 lines once."""
    log = Log(size=200)
    counts = count_by_service(with_level(parse(log), "ERROR"))
    assert counts == {"payments": 40, "db": 20}, (
        "Over the 200-line test log, the ERROR entries per service should be "
        '{"payments": 40, "db": 20}: count_by_service should loop over its entries only '
        "once (a generator is empty after one pass)"
    )
    assert log.read == 200, f"The pipeline should read each of the 200 lines once, not {log.read}"


def test_first_alert_example():
    """first_alert finds the service that reaches the limit, or None."""
    assert first_alert(EXAMPLE, 2) == "payments", "In the example, payments has 2 errors: first_alert(example, 2) should be payments"
    assert first_alert(EXAMPLE, 3) is None, "No service in the example has 3 errors: first_alert(example, 3) should be None"
    lines = [
        "2024-05-03 10:00:00 ERROR db down\n",
        "2024-05-03 10:00:01 ERROR web 500\n",
        "2024-05-03 10:00:02 INFO db up\n",
        "2024-05-03 10:00:03 ERROR web 502\n",
        "2024-05-03 10:00:04 ERROR db down again\n",
    ]
    assert first_alert(lines, 2) == "web", (
        "web reaches 2 errors on the 4th line and db only on the 5th: first_alert(lines, 2) "
        "should be web, the first to get there (the INFO line of db does not count)"
    )
    assert first_alert(lines, 1) == "db", "With a limit of 1, the first error decides: db"


def test_first_alert_stops_reading_at_once():
    """first_alert reads no line after the one that reaches the limit."""
    log = Log()
    assert first_alert(log, 3) == "payments", "In the test log, payments is the first service with 3 errors"
    assert log.read == 14, (
        f"payments gets its 3rd error on line 14 of a log of {log.size:,} lines, but "
        f"first_alert read {log.read} lines: it should return at once, without reading on"
    )


def test_first_alert_far_into_the_log():
    """first_alert keeps running counts, far into a long log."""
    log = Log()
    assert first_alert(log, 30) == "payments", "payments is the first service with 30 errors"
    assert log.read == 150, (
        f"payments gets its 30th error on line 150, but first_alert read {log.read} lines: "
        "keep one running count per service and return as soon as one reaches the limit"
    )
