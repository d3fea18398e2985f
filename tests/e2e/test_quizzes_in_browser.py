"""Quizzes in a lesson, answered in a real browser by keyboard alone, checked with axe."""

from __future__ import annotations

from typing import Any

from tests.conftest import Server
from tests.e2e.conftest import new_page, shot
from tests.e2e.test_learner_in_browser import axe_violations

QUIZ = "#quiz-arith-adding-"


def shown_lines(page: Any) -> list[int]:
    return [
        int(n)
        for n in page.locator(QUIZ + "3 .parsons-line").evaluate_all(
            "items => items.map(i => i.getAttribute('data-line'))"
        )
    ]


def test_choice_and_parsons_quizzes_by_keyboard_alone(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/modules/arith/lessons/adding")
    assert page.locator("section.quiz").count() == 3
    assert axe_violations(page) == []

    # Choice: a wrong option first, then the right one; the result is a role=status region.
    choice = page.locator(QUIZ + "2")
    choice.locator("#quiz-arith-adding-2-option-0").focus()
    page.keyboard.press("ArrowDown")  # radios: the arrow selects the next option
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Check my answer"
    page.keyboard.press("Enter")
    status = choice.get_by_role("status")
    status.get_by_text("Not quite").wait_for()
    assert "Option 2 is wrong: That is 7 / 2: / always gives a float." in status.inner_text()
    assert status.locator("code").first.inner_text() == "7 / 2"  # `code` shows as code
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    status.get_by_text("Right.").wait_for()
    assert "rounds down" in status.inner_text()

    # Parsons: move each solution line into place with Alt+Arrow keys, leave out the rest.
    parsons = page.locator(QUIZ + "3")
    for target in range(3):
        while shown_lines(page).index(target) > target:
            parsons.locator(f'.parsons-line[data-line="{target}"] .parsons-up').focus()
            page.keyboard.press("Alt+ArrowUp")
            active = page.evaluate("document.activeElement.closest('li').dataset.line")
            assert active == str(target)  # focus stays on the moved line
    assert shown_lines(page)[:3] == [0, 1, 2]
    assert "is now" in parsons.locator(".parsons-moved").inner_text()
    for distractor in (3, 4):
        parsons.locator(f'.parsons-line[data-line="{distractor}"] .parsons-out').focus()
        page.keyboard.press("Space")
    parsons.get_by_role("button", name="Run my program").focus()
    page.keyboard.press("Enter")
    result = parsons.locator(".quiz-result")
    result.get_by_text("Right: the program prints what it should.").wait_for(timeout=30_000)
    assert "0\n1\n4" in result.locator("pre").inner_text()
    shot(page, "20-lesson-quizzes")
    assert axe_violations(page) == []
    assert errors == []
