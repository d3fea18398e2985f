import pytest
from retry import retry


def flaky(failures, error=ConnectionError, result="ok"):
    """A function that raises error at its first `failures` calls, then returns result."""
    calls = []

    def fetch(*args, **kwargs):
        calls.append((args, kwargs))
        if len(calls) <= failures:
            raise error(f"attempt {len(calls)} failed")
        return result

    return fetch, calls


def fake_clock():
    """A sleep that only writes down how long it was asked to wait."""
    waits = []

    def sleep(seconds):
        waits.append(seconds)

    return sleep, waits


def test_fails_twice_then_succeeds():
    """Retries an expected error and returns the result of the first call that works."""
    fetch, calls = flaky(2)
    sleep, waits = fake_clock()
    patient = retry(attempts=3, exceptions=(ConnectionError,), delay=0.05, sleep=sleep)(fetch)
    assert patient() == "ok", (
        "A function that raises ConnectionError twice and then returns 'ok' should give 'ok' "
        "with attempts=3: try again after each ConnectionError"
    )
    assert len(calls) == 3, f"It should have been called 3 times, not {len(calls)}"
    assert waits == [0.05, 0.1], (
        "With delay=0.05, the two waits should be sleep(0.05), then sleep(0.1): the first wait "
        "is delay, and each next one is twice as long. Wait with the function given as "
        "sleep=, not with time.sleep"
    )


def test_always_fails_raises_the_last_error():
    """After attempts failed calls, the last error carries on, with no wait after it."""
    fetch, calls = flaky(99)
    sleep, waits = fake_clock()
    hopeless = retry(attempts=3, exceptions=(ConnectionError,), delay=0.05, sleep=sleep)(fetch)
    with pytest.raises(ConnectionError) as error:
        hopeless()
        pytest.fail(
            "A function that always raises ConnectionError should still raise it after the "
            "last try: let the error of the last call carry on"
        )
    assert len(calls) == 3, (
        f"With attempts=3, a function that always fails should be called 3 times, "
        f"not {len(calls)}"
    )
    assert str(error.value) == "attempt 3 failed", (
        "The error that reaches the caller should be the one from the last call "
        "('attempt 3 failed'), unchanged"
    )
    assert waits == [0.05, 0.1], (
        "3 tries need only 2 waits, sleep(0.05) and sleep(0.1): there should be no wait "
        "after the last failed try"
    )


def test_other_errors_are_not_retried():
    """An error that is not in exceptions carries on at once."""
    fetch, calls = flaky(99, error=ValueError)
    sleep, waits = fake_clock()
    careful = retry(attempts=3, exceptions=(ConnectionError,), delay=0.05, sleep=sleep)(fetch)
    with pytest.raises(ValueError):
        careful()
        pytest.fail("A ValueError should reach the caller when only ConnectionError is retried")
    assert (len(calls), waits) == (1, []), (
        "With exceptions=(ConnectionError,), a ValueError should carry on at once: one call, "
        "no wait. Retry only the errors in exceptions (except exceptions:)"
    )


def test_subclasses_are_retried():
    """A subclass of an expected error is retried too."""
    fetch, calls = flaky(1, error=ConnectionRefusedError)
    sleep, waits = fake_clock()
    patient = retry(attempts=2, exceptions=(ConnectionError,), sleep=sleep)(fetch)
    assert patient() == "ok", (
        "ConnectionRefusedError is a kind of ConnectionError, so it should be retried too "
        "(except exceptions: catches subclasses)"
    )


def test_success_at_once_does_not_wait():
    """A call that works at once is made once, with no wait."""
    fetch, calls = flaky(0, result={"EUR": 1.0})
    sleep, waits = fake_clock()
    patient = retry(attempts=3, delay=0.05, sleep=sleep)(fetch)
    assert patient() == {"EUR": 1.0}, "It should return exactly what the function returned"
    assert (len(calls), waits) == (1, []), (
        "When the first call works, return its result at once: one call, no wait"
    )


def test_waits_double_each_time():
    """Each wait is twice the one before."""
    fetch, calls = flaky(99)
    sleep, waits = fake_clock()
    patient = retry(attempts=5, exceptions=(ConnectionError,), delay=0.02, sleep=sleep)(fetch)
    with pytest.raises(ConnectionError):
        patient()
        pytest.fail("A function that always fails should raise its error after the last try")
    assert waits == [0.02, 0.04, 0.08, 0.16], (
        "With attempts=5 and delay=0.02, the waits should be 0.02, 0.04, 0.08 and 0.16: double "
        "the wait after each one"
    )
    assert len(calls) == 5, "With attempts=5 it should make 5 calls"


def test_passes_the_arguments():
    """Every try gets the same arguments."""
    fetch, calls = flaky(1)
    sleep, waits = fake_clock()
    retry(attempts=2, sleep=sleep)(fetch)("EUR", timeout=5)
    assert calls == [(("EUR",), {"timeout": 5}), (("EUR",), {"timeout": 5})], (
        'Both tries should get the arguments ("EUR", timeout=5): pass on *args and **kwargs'
    )


def test_each_call_starts_again():
    """Every call has all its attempts again, and its first wait is delay again."""
    sleep, waits = fake_clock()
    answers = iter([ConnectionError("busy"), "first", ConnectionError("busy"), "second"])

    def fetch():
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    patient = retry(attempts=2, exceptions=(ConnectionError,), delay=0.05, sleep=sleep)(fetch)
    assert (patient(), patient()) == ("first", "second"), (
        "Each call of the decorated function should get its own attempts: with attempts=2, "
        "two calls that each fail once should both work"
    )
    assert waits == [0.05, 0.05], (
        "Each call should start again with a first wait of delay (0.05 both times): set the "
        "wait inside the wrapper, not outside it"
    )


def test_one_attempt_never_retries():
    """attempts=1 means one call and no retry."""
    fetch, calls = flaky(1)
    sleep, waits = fake_clock()
    with pytest.raises(ConnectionError):
        retry(attempts=1, sleep=sleep)(fetch)()
        pytest.fail("With attempts=1, the first error should reach the caller")
    assert (len(calls), waits) == (1, []), "With attempts=1 there should be one call and no wait"


def test_defaults():
    """By default: 3 attempts, any Exception retried, waits of 0 seconds."""
    fetch, calls = flaky(99, error=KeyError)
    sleep, waits = fake_clock()
    with pytest.raises(KeyError):
        retry(sleep=sleep)(fetch)()
        pytest.fail("By default any Exception is retried, and the last one reaches the caller")
    assert len(calls) == 3, "By default (attempts=3), a function that always fails is called 3 times"
    assert waits == [0.0, 0.0], "By default (delay=0.0), both waits should be sleep(0.0)"
    fetch, calls = flaky(1)
    assert retry()(fetch)() == "ok", (
        "retry() with no settings should work with the real time.sleep and retry any Exception"
    )


def test_refuses_fewer_than_one_attempt():
    """retry raises ValueError at once for attempts below 1."""
    with pytest.raises(ValueError) as error:
        retry(attempts=0)
        pytest.fail("retry(attempts=0) should raise ValueError at once, before decorating anything")
    assert str(error.value) == "attempts must be at least 1, not 0", (
        'The error of retry(attempts=0) should say "attempts must be at least 1, not 0"'
    )


def test_keeps_the_original():
    """functools.wraps: __wrapped__ is the original function."""
    fetch, calls = flaky(0)
    assert retry()(fetch).__wrapped__ is fetch, (
        "The decorated function's __wrapped__ should be the original: put "
        "@functools.wraps(func) above def wrapper"
    )
    assert calls == [], "Decorating should call nothing"
