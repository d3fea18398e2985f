"""A learner's path through the web app in a real browser, with screenshots of each step."""

from __future__ import annotations

from typing import Any

from tests.conftest import ROOT, Server
from tests.e2e.conftest import new_page, shot

AXE = ROOT / "tests" / "e2e" / "vendor" / "axe.min.js"


def type_code(page: Any, lines: list[str]) -> None:
    """Type into the CodeMirror editor like a learner, relying on its auto-indent."""
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    for index, line in enumerate(lines):
        if index:
            page.keyboard.press("Enter")
            page.keyboard.press("Home")
            page.keyboard.press("Shift+Home")
            page.keyboard.press("Delete")
        page.keyboard.type(line)


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]


def test_learner_path(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(server.url + "/")
    assert page.locator("h1").inner_text() == "A small pack for tests"
    shot(page, "01-roadmap")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Add two numbers").first.click()
    page.wait_for_selector(".cm-editor")
    assert page.locator(".cm-content").get_attribute("aria-label") == "Your code: adder.py"
    shot(page, "02-exercise")
    assert axe_violations(page) == []

    type_code(page, ["def add(a, b):", "    return a - b"])
    page.keyboard.press("Control+Enter")
    verdict = page.wait_for_selector(".verdict[data-status='failed']")
    text = verdict.inner_text()
    assert "add(2, 3) should return 5" in text
    assert "Expected" in text and "5" in text and "-1" in text
    shot(page, "03-wrong-answer")

    type_code(page, ["def add(a, b):", "    return a + b"])
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector(".verdict[data-status='passed']")
    assert "All 3 tests passed" in page.locator(".verdict").inner_text()
    assert page.locator(".attempts li").count() == 2
    shot(page, "04-passed")

    page.goto(server.url + "/")
    assert page.locator("li[data-exercise='adder'] .badge").inner_text() == "✓ done"
    shot(page, "05-roadmap-done")

    page.goto(server.url + "/exercises/double")
    page.get_by_role("button", name="Show a hint").click()
    page.wait_for_selector(".hint-list li")
    assert "1 of 3" in page.locator("#hints .counter").inner_text()
    assert page.locator(".hint-list li").first.inner_text() == "Multiply."
    page.get_by_role("button", name="Next hint").click()
    page.wait_for_function("document.querySelectorAll('.hint-list li').length === 2")
    assert "2 of 3" in page.locator("#hints .counter").inner_text()
    shot(page, "06-hints")

    page.goto(server.url + "/modules/arith/lessons/plotting")
    page.get_by_role("button", name="Run example 1").click()
    image = page.wait_for_selector("img.figure", timeout=30_000)
    assert image.evaluate("img => img.naturalWidth") > 100
    assert "drew 5 points" in page.locator("#run-output-1").inner_text()
    shot(page, "07-lesson-plot")
    assert axe_violations(page) == []

    page.goto(server.url + "/progress")
    assert "1 of 4 exercises done" in page.locator(".lead").inner_text()
    shot(page, "08-progress")
    assert axe_violations(page) == []
    assert errors == []


def test_draft_autosaves_and_survives_a_reload(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    page.goto(server.url + "/exercises/double")
    page.wait_for_selector(".cm-editor")
    type_code(page, ["def double(n):", "    return n + n  # my draft"])
    page.wait_for_function("document.getElementById('save-status').textContent === 'Draft saved'")
    page.reload()
    page.wait_for_selector(".cm-editor")
    assert "# my draft" in page.locator(".cm-content").inner_text()


def test_keyboard_only_check(server: Server, browser: Any) -> None:
    """Every control is reachable with Tab; the editor can be left with Escape, Tab."""
    page: Any = new_page(browser)
    page.goto(server.url + "/exercises/adder")
    page.wait_for_selector(".cm-editor")
    page.locator(".cm-content").focus()
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id")
    assert focused == "check-button"
    page.keyboard.press("Enter")
    page.wait_for_selector(".verdict")
    shot(page, "09-keyboard-check")
