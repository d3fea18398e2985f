"""Stage 3: retries with exponential backoff on 503 and connection problems, a timeout per
request, no retry on other statuses or for a POST. The sleep is the tests' own: it writes
the delays down and does not wait."""

import time

import bookshop
import pytest
from pretend_api import HANG_UP, Answer, closed_port_url
from test_books import DUNE, EMMA, api_error_from, no_error, outcome

BUSY = Answer(503, {"error": "busy, try again later"})


class PretendSleep:
    """Takes the place of time.sleep: writes each delay down and returns at once."""

    def __init__(self):
        self.delays = []

    def __call__(self, seconds):
        self.delays.append(seconds)


def client(api_or_url, **options):
    sleep = PretendSleep()
    url = api_or_url if isinstance(api_or_url, str) else api_or_url.url
    return bookshop.BookshopClient(url, sleep=sleep, **options), sleep


def delays_text(delays):
    return "[" + ", ".join(f"{d:g}" for d in delays) + "]"


def check_delays(sleep, expected, what):
    assert sleep.delays == pytest.approx(expected), (
        f"{what}, the client should wait {delays_text(expected)} seconds before the tries after "
        f"the first (0.1 s, then twice as long each time), calling the sleep function it was "
        f"given: sleep(0.1), ... It waited {delays_text(sleep.delays)}"
    )


def test_tries_again_after_503(api):
    """Two 503 answers, then the book: three requests, waiting 0.1 s and 0.2 s between them."""
    api.on("GET", "/api/books/7", BUSY, BUSY, Answer(200, DUNE))
    shop, sleep = client(api, retries=3)
    book, error = outcome(lambda: shop.get_book(7))
    assert api.seen() == ["GET /api/books/7"] * 3, (
        f"The API answered 503 twice, then the book: get_book(7) should ask three times, but "
        f"it asked {len(api.seen())} time(s). 503 means \"busy, try again later\": try again"
    )
    no_error(error, "get_book(7) after two 503 answers")
    assert book.title == "Dune", "After the retries, get_book(7) should return the book Dune"
    check_delays(sleep, [0.1, 0.2], "After two 503 answers")


def test_gives_up_after_the_retries(api):
    """Always 503: retries=3 means four tries in all, then ApiError with status 503."""
    api.on("GET", "/api/books/7", BUSY)
    shop, sleep = client(api, retries=3)
    error = api_error_from(lambda: shop.get_book(7), "get_book(7) with an API that always answers 503")
    assert len(api.seen()) == 4, (
        f"With retries=3, the client should try four times in all (the first try and three "
        f"retries), then give up; it tried {len(api.seen())} time(s)"
    )
    assert error.status == 503, "After the last try, raise ApiError with status 503"
    assert str(error) == "the bookshop API answered 503", (
        'After the last try, the ApiError should say "the bookshop API answered 503"'
    )
    check_delays(sleep, [0.1, 0.2, 0.4], "With four tries")


def test_other_retry_counts(api):
    """retries=0 tries once and never waits; the default is retries=3."""
    api.on("GET", "/api/books/7", BUSY)
    shop, sleep = client(api, retries=0)
    error = api_error_from(lambda: shop.get_book(7), "get_book(7) with retries=0")
    assert (len(api.seen()), error.status) == (1, 503), (
        "With retries=0 the client should try once, and raise ApiError(503) at once"
    )
    assert sleep.delays == [], "With retries=0 there is nothing to wait for: do not call sleep"
    api.requests.clear()
    shop, sleep = client(api)
    api_error_from(lambda: shop.get_book(7), "get_book(7) with the default retries")
    assert len(api.seen()) == 4, (
        f"BookshopClient(base_url, sleep=...) should have retries=3 by default: four tries, "
        f"not {len(api.seen())}"
    )


def test_the_settings_and_their_defaults():
    """The settings are kept as attributes: timeout=5.0 and retries=3 unless told otherwise."""
    shop = bookshop.BookshopClient("http://127.0.0.1:8000/api")
    assert (getattr(shop, "timeout", None), getattr(shop, "retries", None)) == (5.0, 3), (
        "BookshopClient(base_url) should keep timeout=5.0 and retries=3, the defaults, in the "
        "attributes self.timeout and self.retries"
    )
    shop = bookshop.BookshopClient("http://127.0.0.1:8000/api", timeout=0.5, retries=1)
    assert (getattr(shop, "timeout", None), getattr(shop, "retries", None)) == (0.5, 1), (
        "BookshopClient(base_url, timeout=0.5, retries=1) should keep self.timeout == 0.5 and "
        "self.retries == 1"
    )


def test_the_default_sleep_really_waits(api):
    """Without a sleep of the tests, the client waits with time.sleep."""
    api.on("GET", "/api/books/31", BUSY, Answer(200, EMMA))
    shop = bookshop.BookshopClient(api.url)
    started = time.perf_counter()
    book, error = outcome(lambda: shop.get_book(31))
    waited = time.perf_counter() - started
    no_error(error, "get_book(31) after one 503 answer")
    assert book.id == 31, "After one 503 answer, get_book(31) should return the book"
    assert waited >= 0.09, (
        f"BookshopClient(base_url) should wait 0.1 s with time.sleep before trying again, "
        f"but it took only {waited:.3f} s: make sleep=time.sleep the default"
    )


def test_tries_again_when_the_server_hangs_up(api):
    """A server that closes the connection without answering is tried again, in a search too."""
    api.on("GET", "/api/search", HANG_UP, HANG_UP, Answer(200, {"query": "emma", "results": [EMMA]}), query={"q": "emma"})
    shop, sleep = client(api, retries=3)
    books, error = outcome(lambda: shop.search("emma"))
    if error is not None:
        pytest.fail(
            f"When the server hangs up without answering, search should try again, but it "
            f"raised {type(error).__name__}: {error}. This error is a ConnectionError (an "
            "OSError), not a URLError: catch OSError after HTTPError",
            pytrace=False,
        )
    assert len(api.seen()) == 3, "After two hang-ups, search should have asked three times"
    assert [b.id for b in books] == [31], 'search("emma") should return the book Emma at the third try'
    check_delays(sleep, [0.1, 0.2], "After two hang-ups")


def test_no_server_at_all():
    """Nothing listens at base_url: after the retries, ApiError with status None."""
    shop, sleep = client(closed_port_url(), retries=2)
    error = api_error_from(lambda: shop.get_book(7), "get_book(7) with no server listening")
    assert error.status is None, (
        "When the API cannot be reached at all, the ApiError should have status None: there was "
        "no answer, so there is no status"
    )
    assert str(error).startswith("could not reach the bookshop API: "), (
        'When the API cannot be reached, the ApiError should say "could not reach the bookshop '
        'API: " and then the error (a URLError when the connection is refused)'
    )
    check_delays(sleep, [0.1, 0.2], "With retries=2 and no server")


def test_no_retry_for_other_statuses(api):
    """404, 400 and 500 are answers, not hiccups: one try, no waiting."""
    api.on("GET", "/api/books/99", Answer(404, {"error": "no such book"}))
    api.on("GET", "/api/search", Answer(400, {"error": "q is too long"}), query={"q": "x"})
    api.on("GET", "/api/books/8", Answer(500, {"error": "oops"}))
    shop, sleep = client(api, retries=3)
    error = api_error_from(lambda: shop.get_book(99), "get_book(99) answered 404")
    assert isinstance(error, bookshop.BookNotFound), "A 404 should still raise BookNotFound"
    error = api_error_from(lambda: shop.search("x"), 'search("x") answered 400')
    assert error.status == 400, "A 400 answer should raise ApiError with status 400"
    error = api_error_from(lambda: shop.get_book(8), "get_book(8) answered 500")
    assert error.status == 500, "A 500 answer should raise ApiError with status 500"
    assert api.seen() == ["GET /api/books/99", "GET /api/search?q=x", "GET /api/books/8"], (
        f"404, 400 and 500 should each be asked once: only 503 and connection problems are "
        f"worth another try (asking again gets the same answer). The API got {api.seen()}"
    )
    assert sleep.delays == [], "After a 404, 400 or 500 answer the client should not wait"


def test_a_timeout_for_each_request(api):
    """An API that is too slow to answer: each try stops after `timeout` seconds, and is tried again."""
    late = Answer(200, DUNE, delay=1.0)
    api.on("GET", "/api/books/7", late)
    shop, sleep = client(api, retries=1, timeout=0.2)
    started = time.perf_counter()
    error = api_error_from(
        lambda: shop.get_book(7),
        "get_book(7) with an API that answers after 1 s and timeout=0.2",
        ": pass timeout=self.timeout to urlopen",
    )
    seconds = time.perf_counter() - started
    assert seconds < 0.9, (
        f"With timeout=0.2 and retries=1, get_book should give up after two tries of 0.2 s, "
        f"not wait {seconds:.1f} s: pass timeout=self.timeout to urlopen"
    )
    assert len(api.seen()) == 2, (
        f"A timeout is a connection problem: with retries=1 the client should try twice, "
        f"not {len(api.seen())} time(s)"
    )
    assert error.status is None, "After timeouts there is no answer, so the ApiError's status is None"
    assert str(error).startswith("could not reach the bookshop API: "), (
        'After timeouts the ApiError should say "could not reach the bookshop API: " and the error'
    )
    check_delays(sleep, [0.1], "After one timeout")


def test_a_late_answer_then_a_quick_one(api):
    """A first try that times out and a second that answers in time: the book."""
    api.on("GET", "/api/books/7", Answer(200, DUNE, delay=1.0), Answer(200, DUNE))
    shop, sleep = client(api, retries=3, timeout=0.2)
    book, error = outcome(lambda: shop.get_book(7))
    no_error(error, "get_book(7) after a first try that timed out")
    assert book.id == 7 and len(api.seen()) == 2, (
        "After a first try that timed out, get_book(7) should try again and return the book"
    )


def test_pages_are_tried_again(api):
    """A page of all_books() that answers 503 is asked for again."""
    second = f"{api.url}/books?cursor=p2"
    api.on("GET", "/api/books", Answer(200, {"books": [DUNE], "next": second}))
    api.on("GET", "/api/books", BUSY, Answer(200, {"books": [EMMA], "next": None}), query={"cursor": "p2"})
    shop, sleep = client(api, retries=3)
    books, error = outcome(lambda: list(shop.all_books()))
    no_error(error, "all_books() with a page 2 that answered 503 once")
    assert [b.id for b in books] == [7, 31], "all_books() should give both books after trying page 2 again"
    assert api.seen() == ["GET /api/books", "GET /api/books?cursor=p2", "GET /api/books?cursor=p2"], (
        "Page 2 answered 503 once: it should be asked for twice, page 1 once"
    )
    check_delays(sleep, [0.1], "After one 503 on page 2")


def test_a_post_is_sent_only_once(api):
    """add_book never sends its POST twice: a second one could add the book twice."""
    api.on("POST", "/api/books", BUSY)
    shop, sleep = client(api, retries=3)
    error = api_error_from(lambda: shop.add_book("Kindred", "Octavia E. Butler", 7.5), "add_book(...) answered 503")
    assert error.status == 503, "A POST that answers 503 should raise ApiError(503) at once"
    assert api.seen() == ["POST /api/books"], (
        f"add_book should send its POST once, even after a 503: if the first one was done and "
        f"only its answer got lost, a second POST would add the book twice. The API got "
        f"{api.seen()}"
    )
    assert sleep.delays == [], "add_book should not wait: it does not try again"
    api.requests.clear()
    api.on("POST", "/api/books", HANG_UP)
    error = api_error_from(lambda: shop.add_book("Kindred", "Octavia E. Butler", 7.5), "add_book(...) with a hang-up")
    assert error.status is None and len(api.seen()) == 1, (
        "A POST whose connection broke should raise ApiError with status None after one try"
    )
