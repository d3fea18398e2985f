import time

import pytest

import logstream

PATHS = ["/", "/cart", "/search", "/api/items", "/login", "/api/prices", "/help"]
STATUSES = [200, 200, 200, 200, 200, 200, 304, 404, 500]
SMALL_LOG = [
    "12:00:01 GET /cart 200 35ms\n",
    "12:00:02 POST /login 500 1234ms\n",
    "12:00:03 GET /search 200 999ms\n",
    "12:00:04 GET /help 404 1000ms\n",
    "12:00:05 GET / 304 2500ms\n",
]


def judge_lines(count=None, seed=1):
    """The same lines as the starter's access_log.lines, made here for the naive versions."""
    state = seed
    number = 0
    while count is None or number < count:
        state = (state * 1103515245 + 12345) % 2147483648
        took = 5 + (state >> 12) % 400
        if state % 89 == 0:
            took += 1500
        path = PATHS[(state >> 4) % len(PATHS)]
        status = STATUSES[(state >> 8) % len(STATUSES)]
        clock = f"{number // 3600 % 24:02d}:{number // 60 % 60:02d}:{number % 60:02d}"
        yield f"{clock} GET {path} {status} {took}ms"
        number += 1


def naive_parse(lines):
    records = []
    for line in lines:
        _clock, _method, path, status, took = line.split()
        records.append((path, int(status), int(took[:-2])))
    return records


def naive_first_slow(count, threshold, k):
    records = naive_parse(list(judge_lines(count)))
    return [path for path, _status, took in records if took >= threshold][:k]


def the_log():
    """The starter's access_log module, on the learner's side (reached through logstream.py)."""
    try:
        return logstream.access_log
    except AttributeError:
        pytest.fail(
            "Keep the line `import access_log` at the top of logstream.py: the checks reach "
            "the pretend log through it",
            pytrace=False,
        )


def endless(limit):
    """A log that never ends, which refuses to give more than `limit` lines."""
    log = the_log()
    return log.Budget(log.lines(None), limit)


def take(iterator, count, call):
    """The first `count` items of a (learner's) iterator, with a clear message if it is not lazy."""
    items = []
    try:
        for _ in range(count):
            items.append(next(iterator))
    except TypeError:
        pytest.fail(f"{call} should return an iterator (a generator), so that next() works on it", pytrace=False)
    return items


def small_first(right, what):
    """Before a big, timed run: the small examples must be right (mutants and wrong answers
    fail here at once, without paying for the naive version)."""
    if not right:
        pytest.fail(
            f"{what} does not give the right answers on the small examples yet (see the other "
            "failing checks): the timing waits until it does",
            pytrace=False,
        )


def test_parse_a_few_lines():
    """parse yields (path, status, milliseconds) for each line."""
    result = list(logstream.parse(SMALL_LOG[:2]))
    assert result == [("/cart", 200, 35), ("/login", 500, 1234)], (
        "parse of ['12:00:01 GET /cart 200 35ms', '12:00:02 POST /login 500 1234ms'] should yield "
        "('/cart', 200, 35) and then ('/login', 500, 1234): the path, and the status and the "
        "time as ints (without 'ms')"
    )


def test_parse_is_lazy():
    """parse works on a log that never ends: it yields each record as soon as it has read its line."""
    try:
        records = take(logstream.parse(endless(1000)), 3, "parse(lines)")
    except NotImplementedError:
        raise
    except RuntimeError as error:
        pytest.fail(
            f"parse read the whole log before giving anything back ({error}). Write it as a "
            "generator: a for loop over the lines with `yield` inside",
            pytrace=False,
        )
    assert records == naive_parse(judge_lines(3)), (
        "The first three records of access_log.lines() should be "
        f"{naive_parse(judge_lines(3))}"
    )


def test_slow_paths_of_a_few_lines():
    """slow_paths keeps the paths of the requests that took at least threshold ms."""
    result = list(logstream.slow_paths(SMALL_LOG, 1000))
    assert result == ["/login", "/help", "/"], (
        "slow_paths(log, 1000) of the five small lines should give ['/login', '/help', '/']: "
        "1234, 1000 and 2500 ms are at least 1000 (1000 counts, 999 does not)"
    )
    assert list(logstream.slow_paths(SMALL_LOG, 5000)) == [], (
        "slow_paths(log, 5000) should give nothing: no request took that long"
    )


def test_slow_paths_is_lazy():
    """slow_paths works on a log that never ends."""
    expected = [path for path, _status, took in naive_parse(judge_lines(3000)) if took >= 1000][:10]
    try:
        paths = take(logstream.slow_paths(endless(5000), 1000), 10, "slow_paths(lines, threshold)")
    except NotImplementedError:
        raise
    except RuntimeError as error:
        pytest.fail(
            f"slow_paths read the whole log before giving anything back ({error}). Return a "
            "generator (a generator expression over parse(lines), or a function with yield), "
            "not a list",
            pytrace=False,
        )
    assert paths == expected, f"The first ten slow paths of access_log.lines() should be {expected}"


def test_first_slow_of_a_few_lines():
    """first_slow gives a list of the first k slow paths, or fewer if the log has fewer."""
    assert logstream.first_slow(SMALL_LOG, 1000, 2) == ["/login", "/help"], (
        "first_slow(log, 1000, 2) of the five small lines should return ['/login', '/help']"
    )
    assert logstream.first_slow(SMALL_LOG, 1000, 10) == ["/login", "/help", "/"], (
        "first_slow(log, 1000, 10) should return the three slow paths there are: ['/login', '/help', '/']"
    )
    assert logstream.first_slow(SMALL_LOG, 1000, 0) == [], "first_slow(log, 1000, 0) should return []"


def test_first_slow_reads_no_further_than_it_must():
    """first_slow on a log that never ends stops reading at the k-th slow request."""
    records = naive_parse(judge_lines(3000))
    slow_lines = [number for number, (_p, _s, took) in enumerate(records, start=1) if took >= 1000]
    expected = [records[number - 1][0] for number in slow_lines[:5]]
    log = endless(5000)
    try:
        result = logstream.first_slow(log, 1000, 5)
    except NotImplementedError:
        raise
    except RuntimeError as error:
        pytest.fail(
            f"first_slow read the whole log ({error}). Take the first k items of the lazy "
            "slow_paths with itertools.islice, and make a list of just those",
            pytrace=False,
        )
    assert result == expected, f"first_slow(access_log.lines(), 1000, 5) should return {expected}"
    assert log.read <= slow_lines[4] + 1, (
        f"first_slow(log, 1000, 5) read {log.read} lines; the fifth slow request is on line "
        f"{slow_lines[4]}, so it should stop there"
    )


def test_first_slow_is_fast(timed):
    """On 60 000 lines, first_slow is at least 10 times faster than reading them all first."""
    small_first(logstream.first_slow(SMALL_LOG, 1000, 2) == ["/login", "/help"], "first_slow")
    log = the_log()
    times = []
    for _ in range(3):
        started = time.process_time()
        expected = naive_first_slow(60_000, 1000, 5)
        times.append(time.process_time() - started)
    naive = min(times)
    runs = [timed(logstream.first_slow, log.lines(60_000), 1000, 5) for _ in range(3)]
    learner = min(run.cpu for run in runs)
    assert runs[-1].result == expected, f"first_slow(access_log.lines(60000), 1000, 5) should return {expected}"
    assert learner * 10 <= naive, (
        f"first_slow took {learner:.3f} s of CPU; reading and parsing all 60 000 lines first "
        f"takes {naive:.3f} s, and yours should take at most a tenth of that. Stop as soon as "
        "you have k paths: itertools.islice over a generator reads only what it needs"
    )


def test_mean_time_of_a_few_lines():
    """mean_time is the mean of the times; 0.0 for an empty log."""
    assert logstream.mean_time(SMALL_LOG[:2]) == pytest.approx(634.5), (
        "mean_time of the lines with 35 ms and 1234 ms should be 634.5"
    )
    assert logstream.mean_time(SMALL_LOG) == pytest.approx(1153.6), (
        "mean_time of the five small lines should be (35 + 1234 + 999 + 1000 + 2500) / 5 = 1153.6"
    )
    assert logstream.mean_time([]) == 0.0, "mean_time([]) should return 0.0: no requests, no time"


def test_mean_time_in_constant_memory():
    """mean_time reads a generator of 30 000 lines once, holding only one line at a time."""
    log = the_log()
    records = naive_parse(judge_lines(30_000))
    expected = sum(took for _p, _s, took in records) / len(records)
    result, peak = log.peak_memory(logstream.mean_time, log.lines(30_000))
    assert result == pytest.approx(expected), (
        f"mean_time(access_log.lines(30000)) should return about {expected:.2f}. A generator "
        "can be read only once: count the lines and add up the times in the same loop"
    )
    assert peak < 256 * 1024, (
        f"mean_time(access_log.lines(30000)) needed {peak / 1e6:.1f} MB of memory at its peak; "
        "a running count and total need almost nothing (under 0.25 MB). Do not build a list "
        "of the records or of the times: add each one up as it comes"
    )
