"""The tutor's chat panel in a real browser, on the built-in course's first exercise.

A learner who prints instead of returning (`greeting`'s recorded mistake) checks, asks the
tutor, checks again and asks for more: the panel must show each turn grounded in that
check (the failing test's title, a question), say that nothing left the machine, cite a
lesson section whose anchor exists on the lesson page, pass axe, fit a phone screen, and
work as a plain form without JavaScript. The server is `pyascent serve` in a subprocess
with the real sandbox, as in the other e2e tests; no endpoint is configured, so the
tutor is offline and no request leaves 127.0.0.1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pyascent.course import builtin_course_path
from tests.conftest import Server, free_port
from tests.e2e.conftest import new_page, shot
from tests.e2e.test_learner_in_browser import axe_violations, type_code

EXERCISE = "/exercises/greeting"
PRINTS = ["def greet(name):", '    print(f"Hello, {name}!")']
FIRST_FAILING = "Greets Ada."  # greet returns None, so the first test fails first
OFFLINE = "Offline: the tutor runs on this machine"
# The sandbox's workers preload the course's heavy packages before their first check.
CHECK_MS = 180_000


@pytest.fixture(scope="module")
def course_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`pyascent serve` on the built-in course with a fresh database, on a free port."""
    folder = tmp_path_factory.mktemp("tutor-server")
    database = folder / "progress.db"
    port = free_port()
    command = [sys.executable, "-m", "pyascent", "serve", "--port", str(port)]
    command += ["--course", str(builtin_course_path()), "--db", str(database)]
    env = {**os.environ, "PYASCENT_HOME": str(folder / "home")}
    env.pop("PYASCENT_TUTOR_ENDPOINT", None)  # offline, whatever the machine says
    log_path = folder / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=folder, stdout=log, stderr=subprocess.STDOUT, env=env
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90  # the built-in course has over 200 exercises
        while not _answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("server did not start:\n" + log_path.read_text())
            time.sleep(0.3)
        try:
            yield Server(url, database, process)
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=20)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url + "/api/v1/exercises", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def check_and_wait(page: Any, checks: int) -> None:
    """Press Check and wait until the history lists `checks` attempts."""
    page.get_by_role("button", name="Check").click()
    page.wait_for_function(
        f"document.querySelectorAll('.attempts li').length === {checks}", timeout=CHECK_MS
    )
    assert page.locator(".verdict").get_attribute("data-status") == "failed"


def turns(page: Any, count: int) -> Any:
    page.wait_for_function(
        f"document.querySelectorAll('#tutor .tutor-turn').length === {count}", timeout=60_000
    )
    return page.locator("#tutor .tutor-turn")


def test_a_stuck_learner_talks_to_the_tutor(course_server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(course_server.url + EXERCISE)
    page.wait_for_selector(".cm-editor")
    assert OFFLINE in page.locator("#tutor .privacy").inner_text()
    assert page.locator("#tutor .tutor-turn").count() == 0

    type_code(page, PRINTS)
    check_and_wait(page, 1)
    assert FIRST_FAILING in page.locator(".verdict").inner_text()

    # Keyboard only: into the message box, Tab to Ask, Enter.
    page.locator("#tutor-message").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "tutor-ask"
    page.keyboard.press("Enter")
    first = turns(page, 1).nth(0)
    text = first.inner_text()
    assert "level 0: explain your code" in text, text
    assert FIRST_FAILING in text and 'greet("Ada")' in text, text
    assert first.locator(".tutor-question").inner_text().strip().endswith("?")
    assert OFFLINE in page.locator("#tutor .privacy").inner_text()  # still offline
    shot(page, "30-tutor-first-turn")

    check_and_wait(page, 2)
    page.get_by_role("button", name="More help").click()
    second = turns(page, 2).nth(1)
    text = second.inner_text()
    assert "level 1: find the spot" in text, text
    assert FIRST_FAILING in text, text
    assert second.locator(".tutor-question").inner_text().strip().endswith("?")
    assert "level 0" in turns(page, 2).nth(0).inner_text(), "the first turn stays"

    page.get_by_role("button", name="More help").click()
    third = turns(page, 3).nth(2)
    text = third.inner_text()
    assert "level 2: the idea behind it" in text, text
    assert "print" in text.lower() and "return" in text.lower(), text  # the matched mistake
    assert third.locator(".tutor-question").inner_text().strip().endswith("?")
    shot(page, "31-tutor-more-help")

    # Axe on the page with the panel filled.
    assert axe_violations(page) == []

    # The "Read:" link leads to a lesson section that exists on its page.
    link = third.locator(".tutor-cites a").first
    href = link.get_attribute("href")
    assert href and href.startswith("/modules/") and "#" in href, href
    anchor = href.split("#", 1)[1]
    link.click()
    page.wait_for_url("**/lessons/**")
    target = page.evaluate(
        "id => { const e = document.getElementById(id); return e && e.tagName }", anchor
    )
    assert target in {"H1", "H2", "H3", "H4"}, f"#{anchor} is not a heading on {page.url}"
    shot(page, "32-tutor-citation")
    assert errors == []


def test_the_panel_fits_a_phone_screen(course_server: Server, browser: Any) -> None:
    """Runs after the conversation above: the page renders those turns from the log."""
    context = browser.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(course_server.url + EXERCISE)
    page.wait_for_selector(".cm-editor")
    if page.locator("#tutor .tutor-turn").count() == 0:  # run on its own: fill the panel
        type_code(page, PRINTS)
        check_and_wait(page, 1)
        page.get_by_role("button", name="Ask").click()
        turns(page, 1)
    page.locator("#tutor").scroll_into_view_if_needed()
    shot(page, "33-tutor-phone")
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 390, f"the page is {wide} px wide on a 390 px screen"
    assert axe_violations(page) == []
    context.close()


def test_the_tutor_works_without_javascript(course_server: Server, browser: Any) -> None:
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(course_server.url + EXERCISE)
    page.locator("#code").fill('def greet(name):\n    print(f"Hello, {name}!")\n')
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector(".verdict", timeout=CHECK_MS)
    before = page.locator("#tutor .tutor-turn").count()
    page.locator("#tutor-message").fill("Where do I start?")
    with page.expect_navigation():
        page.get_by_role("button", name="Ask").click()
    assert page.locator("nav.crumbs").count() == 1, "the whole page came back"
    assert page.locator("#check-form").count() == 1
    assert page.locator("#tutor .tutor-turn").count() == before + 1
    turn = page.locator("#tutor .tutor-turn").last.inner_text()
    assert "You: Where do I start?" in turn and "Tutor · level" in turn, turn
    assert OFFLINE in page.locator("#tutor .privacy").inner_text()
    shot(page, "34-tutor-no-javascript")
    context.close()
