"""A flashcard review in a real browser, by keyboard alone, checked with axe."""

from __future__ import annotations

from typing import Any

from tests.conftest import Server
from tests.e2e.conftest import new_page, shot
from tests.e2e.test_learner_in_browser import axe_violations


def test_a_review_session_by_keyboard_alone(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.get_by_role("link", name="Review: 2 cards due").click()
    page.wait_for_selector(".flashcard")
    assert axe_violations(page) == []
    assert "return" in page.locator("#card-question").inner_text()
    answer = page.locator("#card-answer")
    assert answer.get_attribute("open") is None
    page.keyboard.press("Space")  # shows the answer
    page.wait_for_selector("#card-answer[open]")
    assert "hands a value back" in answer.inner_text()
    shot(page, "10-review-answer")
    assert axe_violations(page) == []
    page.keyboard.press("3")  # Good
    page.wait_for_selector("text=Saved: that card comes back")
    assert page.locator(".flashcard").get_attribute("data-card") == "arith/int-division"
    page.keyboard.press("Space")
    page.wait_for_selector("#card-answer[open]")
    page.keyboard.press("4")  # Easy
    page.wait_for_selector("text=No cards due now")
    shot(page, "11-review-done")
    assert errors == []
