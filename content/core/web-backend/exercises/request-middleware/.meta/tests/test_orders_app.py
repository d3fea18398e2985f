"""The middleware: an X-Request-ID on every response, one log line per request, no leaked errors."""

import re

import httpx
import pytest

NEW_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture(scope="module")
def served(serve_app):
    return serve_app("orders_app.py", "app")


@pytest.fixture(scope="module")
def api(served):
    with httpx.Client(base_url=served.url, timeout=5.0) as client:
        yield client


def get(api, path, request_id=None):
    headers = {} if request_id is None else {"X-Request-ID": request_id}
    return api.get(path, headers=headers)


def log_lines(served):
    return served.output().splitlines()


def test_a_good_request_id_is_kept(api):
    """A request that brings a good X-Request-ID gets the same one back, and the route sees it."""
    response = get(api, "/orders/7", "r-81")
    assert response.headers.get("X-Request-ID") == "r-81", (
        "A request with the header X-Request-ID: r-81 should get X-Request-ID: r-81 back: "
        "response.headers[\"X-Request-ID\"] = request_id"
    )
    assert response.status_code == 200, (
        f"GET /orders/7 should answer 200, not {response.status_code}: set "
        "request.state.request_id before call_next, the route reads it"
    )
    assert response.json() == {"id": 7, "item": "green tea", "quantity": 3, "request_id": "r-81"}, (
        "The route should see the request id in request.state.request_id"
    )
    longest = "A" * 60 + "-9z0"
    assert get(api, "/orders/7", longest).headers.get("X-Request-ID") == longest, (
        "An id of 64 letters, digits and dashes is good: it should come back as it is"
    )


def test_a_new_id_when_there_is_none(api):
    """Without X-Request-ID, each response gets a new uuid4().hex."""
    first = get(api, "/orders/7").headers.get("X-Request-ID", "")
    second = get(api, "/orders/7").headers.get("X-Request-ID", "")
    assert NEW_ID.fullmatch(first), (
        f"A request without X-Request-ID should get a new one, uuid.uuid4().hex (32 hex digits), "
        f"not {first!r}"
    )
    assert first != second, "Two requests without X-Request-ID should get two different new ids"


def test_a_bad_request_id_is_replaced(api):
    """An id that is too long, empty or has other characters is replaced by a new one."""
    for bad in ["A" * 65, "", "r 81", "r-81\u00e9", "r-81;drop", "<script>"]:
        sent = bad.encode("utf-8")
        answer = api.get("/orders/7", headers={"X-Request-ID": sent}).headers.get("X-Request-ID", "")
        assert NEW_ID.fullmatch(answer), (
            f"X-Request-ID: {bad!r} is not 1 to 64 letters, digits and dashes: it should be "
            f"replaced by a new uuid4().hex, not sent back as {answer!r}. Never echo a header "
            "you have not checked"
        )


def test_each_request_is_logged(api, served):
    """Each request prints one line: method, path, status, request id."""
    get(api, "/orders/7", "log-test-1")
    get(api, "/orders/8", "log-test-2")
    api.post("/orders/7", headers={"X-Request-ID": "log-test-3"})
    lines = log_lines(served)
    for expected in ["GET /orders/7 200 log-test-1", "GET /orders/8 404 log-test-2", "POST /orders/7 405 log-test-3"]:
        assert expected in lines, (
            f"After the request, the app should have printed the line {expected!r}: "
            "print(request.method, request.url.path, response.status_code, request_id, flush=True)"
        )


def test_errors_of_the_routes_keep_their_answer(api):
    """A 404 of a route is passed through, with the request id."""
    response = get(api, "/orders/8", "r-404")
    assert response.status_code == 404, "GET /orders/8 should answer 404: the middleware passes it through"
    assert response.json() == {"detail": "no order 8"}, "The 404 should keep the route's own body"
    assert response.headers.get("X-Request-ID") == "r-404", "Every response should carry the X-Request-ID, also a 404"


def test_a_crash_is_a_clean_500(api, served):
    """An exception in a route answers 500 JSON with the request id; the traceback goes to the log only."""
    response = get(api, "/report", "r-crash")
    assert response.status_code == 500, "GET /report raises KeyError: the answer should be 500"
    assert response.headers.get("X-Request-ID") == "r-crash", (
        "The 500 should carry the X-Request-ID too, so that the log can be searched for it"
    )
    assert response.headers.get("content-type", "").startswith("application/json"), (
        "The 500 should be JSON: JSONResponse({...}, status_code=500)"
    )
    assert response.json() == {"detail": "internal error", "request_id": "r-crash"}, (
        "The 500 should answer exactly {'detail': 'internal error', 'request_id': 'r-crash'}: "
        "nothing about the error itself goes to the client"
    )
    output = served.output()
    assert "GET /report 500 r-crash" in output.splitlines(), (
        "A crashed request should be logged like any other: 'GET /report 500 r-crash'"
    )
    assert "KeyError: 0" in output, (
        "The traceback of the error should be printed to the log (traceback.print_exc()), for "
        "the developers: the client sees nothing of it"
    )


def test_the_routes_are_unchanged(api):
    """The routes answer as they were written."""
    response = get(api, "/orders/7", "r-1")
    assert response.json()["item"] == "green tea", "GET /orders/7 should still answer order 7"
    assert get(api, "/nowhere", "r-2").status_code == 404, "A path with no route should still answer 404"
