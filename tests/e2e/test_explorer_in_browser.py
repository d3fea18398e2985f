"""The explorer in a real browser: three programs stepped through by keyboard alone, axe
clean, at desktop and at phone width (390 px, no sideways scrolling)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Server
from tests.e2e.conftest import new_page, shot
from tests.e2e.test_learner_in_browser import axe_violations

PROGRAMS = {
    "aliasing": (
        "a = [1, 2]\nb = a\nb.append(3)\nprint(a, a is b)\n",
        ["a = [1, 2]", "b = [1, 2]", "a: appended 3", "prints '[1, 2, 3] True"],
    ),
    "recursion": (
        "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n\n"
        "print(fact(3))\n",
        ["calls fact(n=3)", "calls fact(n=1)", "fact returns 6"],
    ),
    "objects": (
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n"
        "p = Point(0.1 + 0.2, 2 ** 64)\n",
        ["self.x = 0.30000000000000004", "self.y = 18446744073709551616"],
    ),
}


def explore(page: Any, server: Server, code: str) -> None:
    page.goto(server.url + "/explore")
    page.fill("#explore-code", code)
    page.get_by_role("button", name="Visualise").click()
    page.wait_for_selector(".explorer-controls:not([hidden])")


def narrations(page: Any) -> list[str]:
    """Press Right until the last step, reading the live region at each step."""
    total = int(page.locator("[data-slider]").get_attribute("max"))
    seen = [page.locator("[data-narration]").inner_text()]
    for _ in range(total - 1):
        page.keyboard.press("ArrowRight")
        seen.append(page.locator("[data-narration]").inner_text())
    return seen


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_stepping_through_a_program_by_keyboard(server: Server, browser: Any, name: str) -> None:
    page: Any = new_page(browser)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    code, expected = PROGRAMS[name]
    explore(page, server, code)
    page.locator("main").focus()
    said = " | ".join(narrations(page))
    for words in expected:
        assert words in said, said
    assert page.locator("[data-step]").inner_text() == page.locator("[data-slider]").get_attribute(
        "max"
    )
    page.keyboard.press("Home")
    assert page.locator("[data-narration]").inner_text().startswith("Step 1: starts the program")
    page.keyboard.press("End")
    shot(page, f"20-explorer-{name}")
    assert axe_violations(page) == []
    assert errors == []


def test_frames_objects_and_arrows(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    explore(page, server, PROGRAMS["aliasing"][0])
    page.keyboard.press("End")
    frame = page.locator(".frame.top").inner_text()
    assert "Global frame" in frame and "#1" in frame  # a and b both refer to object #1
    assert page.locator(".object").count() == 1
    assert page.locator("#obj-1").inner_text().count("\n") >= 3  # three items
    assert page.locator("svg.explorer-arrows path").count() == 2  # one arrow per name
    page.get_by_label("References as text").check()
    assert page.locator("svg.explorer-arrows path").count() == 0
    assert page.locator("[data-output]").inner_text() == "[1, 2, 3] True\n"
    current = page.locator(".explorer-code li.current").inner_text()
    assert current.startswith("print(a, a is b)")
    page.get_by_text("Bytecode: the instructions").click()
    bytecode = page.locator("table.bytecode").first.inner_text()
    assert "BUILD_LIST" in bytecode and "STORE_NAME" in bytecode
    page.get_by_text("Tokens: the pieces").click()
    assert '"append"' in page.locator("table.tokens").inner_text()
    page.get_by_text("Names and where Python finds them").click()
    scopes = page.locator("table.scopes").inner_text()
    assert "G: the module's globals" in scopes and "B: the built-ins" in scopes  # a, print
    page.get_by_text("Measured on this interpreter").click()
    assert "-5..256" in page.locator("table.probes").inner_text()


def test_the_explorer_fits_a_phone_screen(server: Server, browser: Any) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    code = "long_name = 'a string long enough to run off the right edge of a phone screen'\n" * 3
    explore(page, server, code + "print(long_name)\n")
    page.keyboard.press("End")
    shot(page, "21-explorer-phone")
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 390, f"the page is {wide} px wide on a 390 px screen"
    assert axe_violations(page) == []
    context.close()


def test_a_lesson_example_opens_in_the_explorer_after_an_edit(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    page.goto(server.url + "/modules/arith/lessons/plotting")
    page.get_by_role("button", name="Edit example 1").click()
    editor = page.get_by_label("Your version of example 1")
    editor.fill("x = 40\nx += 2\nprint(x)\n")
    page.get_by_role("button", name="Visualise example 1").click()
    page.wait_for_selector(".explorer-controls:not([hidden])")
    every_step = page.locator(".explorer-text").text_content()  # the no-script version
    assert "x 40 → 42" in every_step
    assert "prints '42\\n'" in every_step


def test_a_lesson_example_opens_the_view_its_lesson_names(server: Server, browser: Any) -> None:
    """A fence written `python run explore=bytecode` opens the explorer on the bytecode."""
    page: Any = new_page(browser)
    page.goto(server.url + "/modules/arith/lessons/plotting")
    page.get_by_role("button", name="Visualise example 2 (the bytecode)").click()
    page.wait_for_selector(".explorer-controls:not([hidden])")
    bytecode = page.locator("#view-bytecode")
    assert bytecode.get_attribute("open") is not None
    assert page.locator("#view-tokens").get_attribute("open") is None
    assert "BINARY_OP" in bytecode.inner_text() or "BINARY_POWER" in bytecode.inner_text()
    assert "The lesson opened this on the bytecode" in page.locator("main").inner_text()
    assert axe_violations(page) == []


def test_the_garbage_collector_view(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    page.goto(server.url + "/explore")
    page.fill(
        "#explore-code", "import gc\n\nitems = []\nfor n in range(800):\n    items.append([n])\n"
    )
    page.get_by_label("Show the garbage collector").check()
    page.get_by_role("button", name="Visualise").click()
    page.wait_for_selector("[data-gc]:not([hidden])")
    page.keyboard.press("End")
    line = page.locator("[data-gc]").inner_text()
    assert line.startswith("Garbage collector: generation 0 holds ")
    assert "collections so far" in line
    refs = page.locator("[data-refs]").inner_text()
    assert refs.startswith("References to the object of each name")
    assert "items 1," in refs  # the list is held by its name alone
    assert axe_violations(page) == []


def test_the_expression_that_raised_is_marked(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    page.goto(server.url + "/explore")
    page.fill("#explore-code", "def half(x):\n    return 10 // x\n\n\nlabel = 'é' + str(half(0))\n")
    page.get_by_role("button", name="Visualise").click()
    page.wait_for_selector("[data-lines] li")
    page.keyboard.press("End")
    marked = page.locator("[data-lines] li.current mark.sub")
    assert marked.inner_text() == "half(0)"
    page.keyboard.press("Home")
    assert page.locator("[data-lines] mark.sub").count() == 0
    assert axe_violations(page) == []


def test_the_thread_timeline_on_the_page(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    page.goto(server.url + "/explore")
    code = (
        "import threading\n\n\ndef spin(n):\n    while n:\n        n -= 1\n\n\n"
        "threads = [threading.Thread(target=spin, args=(40_000,)) for _ in range(2)]\n"
        "for t in threads:\n    t.start()\nfor t in threads:\n    t.join()\n"
    )
    page.fill("#explore-code", code)
    page.get_by_label("Show the threads").check()
    page.get_by_role("button", name="Visualise").click()
    summary = page.locator("[data-threads-summary]")
    summary.wait_for()
    assert summary.inner_text().startswith("3 threads ran Python code over ")
    lanes = page.locator("svg.lanes rect")
    assert lanes.count() >= 3
    classes = {lanes.nth(i).get_attribute("class") for i in range(lanes.count())}
    assert {"lane0", "lane1", "lane2"} <= classes
    assert axe_violations(page) == []


def test_stepping_by_instruction_on_the_page(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    page.goto(server.url + "/explore")
    page.fill("#explore-code", "x = 2\ny = 3\nz = (x + y) * 4\n")
    page.get_by_label("Step by instruction too").check()
    page.get_by_role("button", name="Visualise").click()
    table = page.locator("table.bytecode-run")
    table.wait_for()
    rows = table.inner_text()
    assert "BINARY_OP" in rows and ("[2, 3]" in rows or "depth 2" in rows)
    first_add = table.locator("tr", has_text="BINARY_OP").first
    assert first_add.locator("code.evaluating mark").inner_text() == "x + y"
    assert axe_violations(page) == []


def test_a_suspended_generator_is_drawn_with_its_frame(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    code = "def numbers():\n    n = 0\n    while True:\n        yield n\n        n += 1\n\n"
    explore(page, server, code + "source = numbers()\nnext(source)\nnext(source)\nx = 1\n")
    page.keyboard.press("End")
    generator = page.locator(".object", has_text="generator numbers")
    assert "suspended: resumes at line 4" in generator.inner_text()
    assert "n" in generator.inner_text() and "1" in generator.inner_text()
