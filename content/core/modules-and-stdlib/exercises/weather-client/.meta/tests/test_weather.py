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


class WeatherHandler(BaseHTTPRequestHandler):
    """A tiny weather service: /cities, /weather/<id>, and /weather/broken (status 500)."""

    def do_GET(self):
        if self.path == "/cities":
            self.answer(200, CITIES)
        elif self.path == "/weather/broken":
            self.answer(500, {"error": "the weather machine is broken"})
        elif self.path.startswith("/weather/") and self.path[len("/weather/") :] in WEATHER:
            self.answer(200, WEATHER[self.path[len("/weather/") :]])
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
