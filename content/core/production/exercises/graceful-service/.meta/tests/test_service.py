"""Service: liveness, readiness, requests counted, metrics, SIGTERM and draining.

The sleep and the clock of drain are the tests' own: they do not wait."""

import signal

import pytest

import service


class SleptTooLong(RuntimeError):
    """drain went on sleeping long after its deadline."""


class PretendTime:
    """A clock and a sleep that only move the clock; on_sleep runs at each sleep."""

    def __init__(self, on_sleep=None):
        self.now = 100.0
        self.sleeps = []
        self.on_sleep = on_sleep

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        if len(self.sleeps) > 200:
            raise SleptTooLong("drain slept 200 times")
        self.now = round(self.now + seconds, 9)   # no float drift: ten sleeps of 0.1 s are 1 s
        if self.on_sleep:
            self.on_sleep(len(self.sleeps))


def started(checks=None):
    svc = service.Service(checks if checks is not None else {"database": lambda: True})
    svc.start()
    return svc


def test_alive_from_the_start():
    """liveness answers 200 alive, before and after start."""
    svc = service.Service({"database": lambda: False})
    assert svc.liveness() == (200, {"status": "alive"}), (
        'liveness() should return (200, {"status": "alive"}) as soon as the object exists: it only says the '
        "process can answer"
    )
    svc.start()
    assert svc.liveness() == (200, {"status": "alive"}), "liveness() stays 200 whatever the checks say"


def test_not_ready_before_start():
    """Before start(), readiness answers 503 starting, without running the checks."""
    called = []
    svc = service.Service({"database": lambda: called.append("database") or True})
    assert svc.readiness() == (503, {"status": "starting"}), (
        'Before start(), readiness() should return (503, {"status": "starting"}): the service is not ready '
        "for traffic while it starts"
    )
    assert called == [], "Before start(), readiness() should not run the checks"


def test_ready_when_every_check_passes():
    """After start(), readiness runs each check: 200 ready when all pass."""
    called = []
    checks = {"database": lambda: called.append("database") or True,
              "cache": lambda: called.append("cache") or True}
    svc = started(checks)
    assert svc.readiness() == (200, {"status": "ready", "checks": {"database": True, "cache": True}}), (
        'With both checks passing, readiness() should return (200, {"status": "ready", "checks": '
        '{"database": True, "cache": True}})'
    )
    assert sorted(called) == ["cache", "database"], "readiness() should run every check once"


def test_not_ready_when_a_check_fails_or_raises():
    """A check that returns False or raises makes readiness 503 not ready, naming it."""
    def broken():
        raise ConnectionError("cache is down")

    svc = started({"database": lambda: True, "cache": broken, "queue": lambda: False})
    try:
        answer = svc.readiness()
    except ConnectionError:
        pytest.fail("readiness() let the cache check's ConnectionError out: a check that raises has failed, and "
                    "must not crash the readiness answer (run each check through passes(check))", pytrace=False)
    assert answer == (503, {"status": "not ready",
                                     "checks": {"database": True, "cache": False, "queue": False}}), (
        "With the cache check raising ConnectionError and the queue check returning False, readiness() "
        'should return (503, {"status": "not ready", "checks": {"database": True, "cache": False, '
        '"queue": False}}): a check that raises has failed, and must not crash the readiness answer'
    )
    assert started({}).readiness() == (200, {"status": "ready", "checks": {}}), (
        "With no checks at all, a started service is ready"
    )


def test_requests_are_counted():
    """Each request is counted while in flight and in total."""
    svc = started()
    with svc.request():
        assert svc.in_flight == 1, "Inside with service.request(): in_flight should be 1"
        with svc.request():
            assert svc.in_flight == 2, "With two requests open, in_flight should be 2"
    assert (svc.in_flight, svc.requests, svc.errors) == (0, 2, 0), (
        "After two requests, in_flight should be 0 again, requests 2 and errors 0"
    )


def test_a_failed_request_counts_as_an_error_and_is_not_swallowed():
    """An exception in a request counts as an error, leaves in_flight, and goes on up."""
    svc = started()
    try:
        with svc.request():
            raise ValueError("bad order")
    except ValueError:
        pass
    else:
        pytest.fail("A ValueError raised inside with service.request() should go on up to the caller: count it, "
                    "then raise it again (a bare raise in the except block)", pytrace=False)
    assert (svc.in_flight, svc.requests, svc.errors) == (0, 1, 1), (
        "A request that raised ValueError should count in requests and errors, and leave in_flight at 0 "
        f"(use try/except/finally around the yield); in_flight={svc.in_flight}, requests={svc.requests}, "
        f"errors={svc.errors}"
    )


def test_metrics_in_prometheus_format():
    """metrics() gives the three counters with their TYPE lines."""
    svc = started()
    for fails in (False, True, False):
        try:
            with svc.request():
                if fails:
                    raise KeyError("order 9")
        except KeyError:
            pass
    with svc.request():
        text = svc.metrics()
    assert text == (
        "# TYPE app_requests_total counter\n"
        "app_requests_total 4\n"
        "# TYPE app_request_errors_total counter\n"
        "app_request_errors_total 1\n"
        "# TYPE app_requests_in_flight gauge\n"
        "app_requests_in_flight 1\n"
    ), (
        "After three requests (one failed) and with a fourth in flight, metrics() should give, line by line:\n"
        "# TYPE app_requests_total counter / app_requests_total 4 / # TYPE app_request_errors_total counter / "
        "app_request_errors_total 1 / # TYPE app_requests_in_flight gauge / app_requests_in_flight 1, "
        f"each line ending with a newline. It gave:\n{text}"
    )


def test_sigterm_stops_new_traffic():
    """After SIGTERM: readiness 503 stopping, new requests refused, liveness still 200."""
    svc = started()
    previous = svc.install_signal_handler()
    try:
        service.signal.raise_signal(signal.SIGTERM)
    finally:
        service.signal.signal(signal.SIGTERM, previous)
    assert svc.stopping is True, (
        "install_signal_handler() should make SIGTERM call on_sigterm, which sets stopping to True: "
        "signal.signal(signal.SIGTERM, self.on_sigterm)"
    )
    assert svc.readiness() == (503, {"status": "stopping"}), (
        'After SIGTERM, readiness() should return (503, {"status": "stopping"}), so that the load balancer '
        "sends no more traffic"
    )
    assert svc.liveness() == (200, {"status": "alive"}), "After SIGTERM the process is still alive: liveness 200"
    try:
        with svc.request():
            pass
    except service.ServiceStopping as error:
        assert str(error) == "the service is shutting down", (
            f'ServiceStopping should say "the service is shutting down", not {str(error)!r}'
        )
    else:
        pytest.fail("After SIGTERM, with service.request() should raise ServiceStopping: take nothing new",
                    pytrace=False)
    assert svc.requests == 0, "A request refused while stopping should not be counted"


def test_on_sigterm_can_be_called_directly():
    """on_sigterm(signum, frame) is the handler itself."""
    svc = started()
    svc.on_sigterm(signal.SIGTERM, None)
    assert svc.stopping is True and svc.readiness()[0] == 503, "on_sigterm(15, None) should set stopping to True"


def test_drain_waits_for_requests_in_flight():
    """drain waits, 0.1 s at a time, until the last request has finished."""
    svc = started()
    open_request = svc.request()
    open_request.__enter__()

    def finish_on_the_third_sleep(count):
        if count == 3:
            open_request.__exit__(None, None, None)

    time = PretendTime(finish_on_the_third_sleep)
    assert svc.drain(5.0, sleep=time.sleep, clock=time.clock) is True, (
        "The request in flight finished during the third sleep: drain should then return True"
    )
    assert time.sleeps == [0.1, 0.1, 0.1], (
        f"drain should sleep 0.1 s at a time while a request is in flight, and stop when none is: "
        f"it slept {time.sleeps}"
    )
    assert svc.drain(5.0, sleep=time.sleep, clock=time.clock) is True and len(time.sleeps) == 3, (
        "With nothing in flight, drain should return True at once, without sleeping"
    )


def test_drain_gives_up_after_the_timeout():
    """A request that never ends: drain returns False once timeout seconds have passed."""
    svc = started()
    svc.request().__enter__()
    time = PretendTime()
    try:
        drained = svc.drain(1.0, sleep=time.sleep, clock=time.clock)
    except SleptTooLong:
        pytest.fail("drain(1.0) was still sleeping after 20 s (of the tests' pretend clock): stop waiting once "
                    "clock() reaches the deadline, clock() + timeout, computed once before the loop", pytrace=False)
    assert drained is False, (
        "With a request that never finishes, drain(1.0) should give up after 1 second and return False"
    )
    assert len(time.sleeps) == 10, (
        f"drain(1.0) should sleep 0.1 s ten times (until the clock reaches the deadline), not {len(time.sleeps)}"
    )
