import json
import threading
import urllib.error
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from weather import get_json, temperature, warmest

WEATHER = {
    "oslo": {"city": "Oslo", "temperature": -3.5, "sky": "snow"},
    "lisbon": {"city": "Lisbon", "temperature": 21.0, "sky": "sun"},
    "cairo": {"city": "Cairo", "temperature": 30.5, "sky": "sun"},
    "lima": {"city": "Lima", "temperature": 18.25, "sky": "cloud"},
}
CITIES = ["oslo", "atlantis", "cairo", "lisbon", "lima"]  # atlantis is unknown: 404
# Only reached through the other lists below (base_url + "/cold" and so on).
WEATHER.update({
    "tromso": {"city": "Tromso", "temperature": -8.0, "sky": "snow"},
    "nuuk": {"city": "Nuuk", "temperature": -12.5, "sky": "snow"},
    "quito": {"city": "Quito", "temperature": 18.25, "sky": "cloud"},
})
# base_url + prefix serves another list of cities, with the same /weather/<id> answers.
LISTS = {
    "": CITIES,
    "/cold": ["tromso", "nuuk", "oslo"],        # every temperature below zero
    "/tie": ["quito", "lima"],                  # both 18.25: the first on the list wins
    "/broken": ["oslo", "broken", "cairo"],     # a server error in the middle
    "/unknown": ["atlantis"],                   # no known city at all
}


class WeatherHandler(BaseHTTPRequestHandler):
    """A tiny weather service: /cities, /weather/<id>, and /weather/broken (status 500)."""

    def do_GET(self):
        prefix, path = "", self.path
        for name in LISTS:
            if name and path.startswith(name + "/"):
                prefix, path = name, path[len(name) :]
        if path == "/cities":
            self.answer(200, LISTS[prefix])
        elif path == "/weather/broken":
            self.answer(500, {"error": "the weather machine is broken"})
        elif path.startswith("/weather/") and path[len("/weather/") :] in WEATHER:
            self.answer(200, WEATHER[path[len("/weather/") :]])
        else:
            self.answer(404, {"error": "not found"})

    def answer(self, status, data):
        body = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # keep the test output quiet


@pytest.fixture
def base_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), WeatherHandler)  # port 0: any free port
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_get_json_gives_a_dict(base_url):
    """get_json turns a JSON object into a dict."""
    result = get_json(base_url + "/weather/oslo")
    assert result == {"city": "Oslo", "temperature": -3.5, "sky": "snow"}, (
        'get_json(base_url + "/weather/oslo") should return the JSON parsed into a dict '
        "(json.loads), not the raw text or bytes"
    )


def test_get_json_gives_a_list(base_url):
    """get_json turns a JSON list into a list."""
    result = get_json(base_url + "/cities")
    assert result == CITIES, 'get_json(base_url + "/cities") should return the list of city ids'


def test_temperature(base_url):
    """temperature gives the temperature of known cities."""
    assert temperature(base_url, "lisbon") == 21.0, (
        'temperature(base_url, "lisbon") should return 21.0'
    )
    assert temperature(base_url, "oslo") == -3.5, 'temperature(base_url, "oslo") should return -3.5'


def test_unknown_city(base_url):
    """temperature gives None when the server answers 404."""
    assert temperature(base_url, "atlantis") is None, (
        'temperature(base_url, "atlantis") should return None: the server answers 404 (not found)'
    )


def test_server_error_is_not_hidden(base_url):
    """A server error (500) is raised, not turned into None."""
    try:
        result = temperature(base_url, "broken")
    except urllib.error.HTTPError as error:
        assert error.code == 500, (
            "The HTTPError raised for a broken server should keep its code 500"
        )
    else:
        pytest.fail(
            f'temperature(base_url, "broken") returned {result!r}, but the server answered 500, '
            "a server error. Only a 404 means an unknown city: a server error should not be hidden, "
            "so let it be raised (catch HTTPError, check error.code, and raise again)",
            pytrace=False,
        )


def test_warmest(base_url):
    """warmest finds the warmest city and skips the unknown one."""
    assert warmest(base_url) == "Cairo", (
        'warmest(base_url) should return "Cairo" (30.5 degrees), skipping atlantis, which the server does not know'
    )


def test_warmest_below_zero(base_url):
    """Finds the warmest city when every temperature is below zero."""
    assert warmest(base_url + "/cold") == "Oslo", (
        "For Tromso (-8.0), Nuuk (-12.5) and Oslo (-3.5), warmest should return \"Oslo\". "
        "If you start looking from a temperature of 0, no city is ever warmer: start from the "
        "first city you find (or from None)"
    )


def test_warmest_tie_goes_to_the_first(base_url):
    """On a tie, the city that comes first on the server's list wins."""
    assert warmest(base_url + "/tie") == "Quito", (
        "Quito and Lima are both 18.25, and quito comes first on the list: warmest should "
        "return \"Quito\". Replace the best city only when a city is warmer (>), not as warm (>=)"
    )


def test_warmest_does_not_hide_server_errors(base_url):
    """A server error (500) while asking for a city is raised, not skipped."""
    try:
        result = warmest(base_url + "/broken")
    except urllib.error.HTTPError as error:
        assert error.code == 500, "The HTTPError raised for a broken server should keep its code 500"
    else:
        pytest.fail(
            f"warmest returned {result!r}, but the server answered 500 for one city: only 404 "
            "means skip it; raise any other error again",
            pytrace=False,
        )


def test_warmest_with_no_known_city(base_url):
    """Returns None when no city on the list is known."""
    assert warmest(base_url + "/unknown") is None, (
        "When the server knows none of the cities on its list, warmest should return None"
    )
