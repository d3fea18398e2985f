"""The guestbook through real requests: the form and its CSRF token, escaping, 303, 403, 400."""

import re

import httpx
import pytest

TOKEN_FIELD = re.compile(r'<input[^>]*name="csrf_token"[^>]*>')


@pytest.fixture(scope="module")
def site(serve_app):
    return serve_app("guestbook.py", "app")


def visitor(site):
    """A browser of its own: it keeps its cookies, and so its session."""
    return httpx.Client(base_url=site.url, timeout=5.0, follow_redirects=False)


def page(browser):
    response = browser.get("/")
    assert response.status_code == 200, f"GET / should answer 200, not {response.status_code}"
    return response.text


def token_on(html):
    field = TOKEN_FIELD.search(html)
    assert field, (
        "The page's form should have the hidden field "
        '<input type="hidden" name="csrf_token" value="{{ csrf_token }}">'
    )
    value = re.search(r'value="([^"]*)"', field.group(0))
    assert value and value.group(1), "The csrf_token field should have the token as its value=\"...\""
    return value.group(1)


def sign(browser, name, message, token):
    data = {"name": name, "message": message}
    if token is not None:
        data["csrf_token"] = token
    return browser.post("/sign", data=data)


def test_the_page_has_a_form_with_a_token(site):
    """GET / is HTML with a form whose hidden csrf_token belongs to the visitor."""
    with visitor(site) as ada, visitor(site) as grace:
        response = ada.get("/")
        assert response.headers.get("content-type", "").startswith("text/html"), "GET / should answer an HTML page"
        first = token_on(response.text)
        assert len(first) == 43, (
            f"The token should be secrets.token_urlsafe() (43 characters), not {first!r}"
        )
        assert token_on(page(ada)) == first, (
            "A second GET / by the same visitor should show the same token: keep it in session[\"csrf\"] "
            "and make a new one only when there is none"
        )
        assert token_on(page(grace)) != first, "Another visitor (another session) should get another token"


def test_signing_redirects_and_shows_the_entry(site):
    """A good POST /sign answers 303 to /, and the page shows the entry."""
    with visitor(site) as ada:
        response = sign(ada, "  Ada  ", "  Hello from the tests  ", token_on(page(ada)))
        assert response.status_code == 303, (
            f"POST /sign with the right token should answer 303 See Other, not {response.status_code}: "
            "redirect(url_for(\"index\"), code=303)"
        )
        assert response.headers.get("location") == "/", "The 303 should send the browser to /"
        assert "<li><b>Ada</b>: Hello from the tests</li>" in page(ada), (
            "The test signed with the name '  Ada  ' and the message '  Hello from the tests  ': the "
            "page should then show <li><b>Ada</b>: Hello from the tests</li>, without the spaces "
            "around them (.strip() both before you store them)"
        )


def test_newest_first(site):
    """Entries are shown newest first."""
    with visitor(site) as ada:
        token = token_on(page(ada))
        for number in (1, 2, 3):
            assert sign(ada, "Order", f"entry number {number}", token).status_code == 303
        html = page(ada)
        places = [html.find(f"<li><b>Order</b>: entry number {n}</li>") for n in (3, 2, 1)]
        assert -1 not in places and places == sorted(places), (
            "The entries should be shown newest first: put each new entry at the front of "
            "entries (entries.insert(0, ...))"
        )


def test_html_in_entries_is_escaped(site):
    """A script in a message or a name is shown as text, never run."""
    with visitor(site) as mallory:
        script = '<script>alert("xss")</script>'
        image = "<img src=x onerror=alert(1)>"
        assert sign(mallory, image, script, token_on(page(mallory))).status_code == 303
        html = page(mallory)
        assert script not in html and image not in html, (
            "The page should never contain the HTML of a message or a name as it was sent: "
            "that is XSS. Write {{ entry.message }} and {{ entry.name }}, never |safe or Markup"
        )
        assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html, (
            "The message should be shown escaped: &lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;"
        )
        assert "<b>&lt;img src=x onerror=alert(1)&gt;</b>" in html, "The name should be shown escaped too"


def test_a_post_without_the_token_is_refused(site):
    """No token, a wrong token, or the token of another session: 403, nothing stored."""
    with visitor(site) as ada, visitor(site) as mallory, visitor(site) as stranger:
        good = token_on(page(ada))
        page(mallory)
        attempts = [
            (mallory, None, "a POST without csrf_token"),
            (mallory, "", "a POST with an empty csrf_token"),
            (mallory, "a" * 43, "a POST with a made-up csrf_token"),
            (mallory, good, "a POST with the token of another visitor's session"),
            (stranger, "", "a POST from a browser that never loaded the page (no session, no token)"),
        ]
        for number, (browser, token, what) in enumerate(attempts):
            response = sign(browser, "Mallory", f"forged {number}", token)
            assert response.status_code == 403, (
                f"{what} should answer 403, not {response.status_code}: compare the token sent with "
                "session[\"csrf\"] (secrets.compare_digest), and refuse when the session has none"
            )
            assert response.text == "CSRF token missing or wrong", (
                "A refused POST should answer the text 'CSRF token missing or wrong'"
            )
        assert "forged" not in page(ada), "A refused POST should store nothing"


def test_the_token_is_checked_first(site):
    """A POST without a token is refused with 403 even when its fields are empty."""
    with visitor(site) as mallory:
        page(mallory)
        assert sign(mallory, "", "", None).status_code == 403, (
            "Check the CSRF token before anything else: a POST without it answers 403, whatever its fields"
        )


def test_empty_fields_are_400(site):
    """An empty name or message answers 400 and stores nothing."""
    with visitor(site) as ada:
        token = token_on(page(ada))
        for name, message in [("", "no name"), ("No message", ""), ("   ", "blank name"), ("Blank", "  \n ")]:
            response = sign(ada, name, message, token)
            assert response.status_code == 400, (
                f"POST /sign with name={name!r} and message={message!r} should answer 400: "
                "both are required (after .strip())"
            )
            assert response.text == "name and message are required", (
                "The 400 should answer the text 'name and message are required'"
            )
        for data in [{"message": "the name field is missing"}, {"name": "The message field is missing"}]:
            response = ada.post("/sign", data={**data, "csrf_token": token})
            assert response.status_code == 400, (
                f"POST /sign with only the fields {sorted(data)} and csrf_token should answer 400: "
                "a field that was not sent counts as empty (request.form.get(..., \"\"))"
            )
        html = page(ada)
        assert "no name" not in html and "No message" not in html and "blank name" not in html, (
            "A refused entry should not be stored"
        )
        assert "field is missing" not in html, "A refused entry should not be stored"


def test_an_empty_guestbook(serve_app):
    """A new guestbook says that no one has signed yet."""
    fresh = serve_app("guestbook.py", "app", fresh=True)
    with visitor(fresh) as ada:
        html = page(ada)
        assert "<li>No one has signed yet.</li>" in html, (
            "With no entries, the page should show <li>No one has signed yet.</li>: {% else %} of the for loop"
        )
        token = token_on(html)
        sign(ada, "Ada", "first!", token)
        assert "No one has signed yet." not in page(ada), "Once someone has signed, the 'No one' line should go"
        sign(ada, "Grace", "second!", token)
        html = page(ada)
        assert html.find("<b>Grace</b>: second!") < html.find("<b>Ada</b>: first!"), (
            "The second entry should be shown above the first: entries.insert(0, ...) puts it at the front"
        )
