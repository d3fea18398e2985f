import asyncio
import time

import pytest

import weather

CITIES = ["Oslo", "Lisbon", "Cairo", "Lima", "Tokyo", "Nairobi", "Quito", "Hanoi"]
DEGREES = {"Oslo": 4, "Lisbon": 19, "Cairo": 31, "Lima": 18, "Tokyo": 16, "Nairobi": 24, "Quito": 14, "Hanoi": 29}


def pretend_service(**settings):
    """A FakeWeather from the starter's fake_weather.py, made on the learner's side."""
    try:
        module = weather.fake_weather
    except AttributeError:
        pytest.fail(
            "Keep the line `import fake_weather` at the top of weather.py: "
            "the checks reach the pretend weather service through it",
            pytrace=False,
        )
    settings.setdefault("temperatures", DEGREES)
    return module.FakeWeather(**settings)


def test_forecast_gives_every_city_its_temperature():
    """forecast returns {city: temperature}, each city with its own temperature."""
    service = pretend_service(delay=0.02, delays={"Oslo": 0.15})  # the first city answers last
    cities = ["Oslo", "Lisbon", "Cairo"]
    result = asyncio.run(weather.forecast(cities, service.temperature))
    assert result == {"Oslo": 4, "Lisbon": 19, "Cairo": 31}, (
        "forecast(['Oslo', 'Lisbon', 'Cairo'], service.temperature) should return "
        "{'Oslo': 4, 'Lisbon': 19, 'Cairo': 31}, even though Oslo answers last: gather "
        "gives the results in the order of the cities, so zip(cities, results) pairs them"
    )


def test_forecast_asks_all_cities_at_the_same_time():
    """Eight requests of 0.1 s all run at once: about 0.1 s in all, not 0.8 s."""
    service = pretend_service(delay=0.1)
    started = time.perf_counter()
    result = asyncio.run(weather.forecast(CITIES, service.temperature))
    seconds = time.perf_counter() - started
    assert result == DEGREES, "forecast of the eight cities should return all eight temperatures"
    assert service.calls == 8, f"get_temperature should be called once per city (8 times), not {service.calls}"
    assert service.peak == 8, (
        f"Only {service.peak} request(s) ran at the same moment, not all 8: an await in a "
        "loop waits for each city before asking the next. Hand all the requests to "
        "asyncio.gather(...) at once"
    )
    assert seconds < 0.4, (
        f"Eight requests of 0.1 s took {seconds:.2f} s; all at once they take about 0.1 s"
    )


def test_forecast_of_no_cities():
    """No cities: an empty dict."""
    service = pretend_service()
    assert asyncio.run(weather.forecast([], service.temperature)) == {}, (
        "forecast([], ...) should return {}"
    )


def test_warmest_is_a_plain_function():
    """warmest runs the forecast itself and returns the name of the warmest city."""
    service = pretend_service(delay=0.02)
    result = weather.warmest(["Oslo", "Cairo", "Lisbon"], service.temperature)
    if asyncio.iscoroutine(result):
        result.close()
        pytest.fail(
            "warmest(...) gave back a coroutine, not the name of a city: make warmest a "
            "plain def (no async) and run the coroutine inside it with "
            "asyncio.run(forecast(...))",
            pytrace=False,
        )
    assert result == "Cairo", (
        "warmest(['Oslo', 'Cairo', 'Lisbon'], ...) should return 'Cairo', the city with the "
        "highest temperature (31 degrees): compare the temperatures with max(..., key=...), "
        "not the names"
    )
    assert service.peak == 3, "warmest should ask for the three cities at the same time, through forecast"


def test_warmest_on_a_tie_takes_the_first():
    """When two cities are equally warm, warmest returns the first of them in the list."""
    service = pretend_service(delay=0.01, temperatures={"Lima": 18, "Rome": 22, "Seoul": 22})
    result = weather.warmest(["Lima", "Rome", "Seoul"], service.temperature)
    assert result == "Rome", (
        "Rome and Seoul are both 22 degrees: warmest should return Rome, the first of them "
        "(max with key= keeps the first of equal values)"
    )
