import asyncio
import time

import pytest

import fares


def pretend_airlines(**settings):
    """A FakeAirlines from the starter's fake_airlines.py, made on the learner's side."""
    try:
        module = fares.fake_airlines
    except AttributeError:
        pytest.fail(
            "Keep the line `import fake_airlines` at the top of fares.py: "
            "the checks reach the pretend airlines through it",
            pytrace=False,
        )
    return module.FakeAirlines(**settings)


def collect(names, airlines, seconds):
    """Run the learner's collect_fares; an airline's error escaping from it is a failure."""
    try:
        return asyncio.run(fares.collect_fares(names, airlines.fare, seconds))
    except (ConnectionError, ValueError, TimeoutError) as error:
        what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        pytest.fail(
            f"collect_fares({names}, airlines.fare, {seconds}) stopped with {what}. "
            "One airline's error or timeout must not stop "
            "the others: asyncio.gather(..., return_exceptions=True) hands the errors back "
            "as results, and wait_for raises TimeoutError for a request that runs out of time",
            pytrace=False,
        )


def test_fares_failures_and_timeouts_side_by_side():
    """Each airline gets its own answer: a fare, "failed: ..." or "timed out"."""
    airlines = pretend_airlines(delays={"SlowJet": 1.0}, errors={"CloudAir": "server error 500"})
    names = ["SkyHop", "CloudAir", "SlowJet", "Nimbus"]
    started = time.perf_counter()
    result = collect(names, airlines, 0.2)
    seconds = time.perf_counter() - started
    assert result == {
        "SkyHop": 129.0,
        "CloudAir": "failed: server error 500",
        "SlowJet": "timed out",
        "Nimbus": 99.5,
    }, (
        "With SlowJet taking 1 s, a limit of 0.2 s and CloudAir failing with "
        "ConnectionError('server error 500'), the result should be {'SkyHop': 129.0, "
        "'CloudAir': 'failed: server error 500', 'SlowJet': 'timed out', 'Nimbus': 99.5}. "
        "Give every request its own limit with asyncio.wait_for, and let gather hand back "
        "the errors as results with return_exceptions=True"
    )
    assert seconds < 0.6, (
        f"collect_fares took {seconds:.2f} s: the slow SlowJet should be given up after 0.2 s"
    )
    assert airlines.cancelled == ["SlowJet"], (
        "The request to SlowJet should be stopped when its time runs out (wait_for cancels "
        f"it); the requests stopped were {airlines.cancelled}"
    )


def test_any_error_counts_as_failed():
    """Any error, not only ConnectionError, becomes "failed: <message>"."""
    airlines = pretend_airlines(sold_out=["Breeze"])
    result = collect(["Breeze", "AeroLux"], airlines, 0.5)
    assert result == {"Breeze": "failed: Breeze has no seats left", "AeroLux": 310.0}, (
        "Breeze raises ValueError('Breeze has no seats left'), so the result should be "
        "{'Breeze': 'failed: Breeze has no seats left', 'AeroLux': 310.0}"
    )


def test_asks_every_airline_at_the_same_time():
    """Six requests of 0.1 s run at once: about 0.1 s in all, not 0.6 s."""
    airlines = pretend_airlines(delay=0.1)
    names = ["SkyHop", "Nimbus", "CloudAir", "SlowJet", "AeroLux", "Breeze"]
    started = time.perf_counter()
    result = collect(names, airlines, 0.5)
    seconds = time.perf_counter() - started
    assert result == {
        "SkyHop": 129.0, "Nimbus": 99.5, "CloudAir": 142.0,
        "SlowJet": 87.0, "AeroLux": 310.0, "Breeze": 74.25,
    }, "When every airline answers in time, collect_fares should return all six fares"
    assert airlines.peak == 6, (
        f"Only {airlines.peak} request(s) ran at the same moment, not all 6: gather every "
        "request at once instead of awaiting them one by one"
    )
    assert seconds < 0.35, f"Six requests of 0.1 s at once should take about 0.1 s, not {seconds:.2f} s"


def test_each_request_has_its_own_limit():
    """The limit is per request: a slow one times out without taking the others with it."""
    airlines = pretend_airlines(delays={"SlowJet": 1.0, "Nimbus": 0.15})
    result = collect(["SlowJet", "Nimbus"], airlines, 0.3)
    assert result == {"SlowJet": "timed out", "Nimbus": 99.5}, (
        "With a limit of 0.3 s, SlowJet (1 s) should time out but Nimbus (0.15 s) should "
        "still give its fare 99.5: put wait_for around each request, not around the gather"
    )


def test_no_airlines():
    """No airlines: an empty dict."""
    airlines = pretend_airlines()
    assert collect([], airlines, 0.2) == {}, "collect_fares([], ...) should return {}"
