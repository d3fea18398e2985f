"""The quiz endpoints of /api/v1 on a real `pyascent serve` with the real sandbox.

The test pack's first lesson has one quiz of each kind (tests/golden/pack/arith/lessons).
"""

from __future__ import annotations

import re

import httpx

from tests.conftest import Server

BASE = "/api/v1/quizzes/arith.adding"


def post(server: Server, path: str, body: object) -> httpx.Response:
    return httpx.post(server.url + BASE + path, json=body, timeout=60)


def test_a_prediction_is_checked_against_what_the_snippet_prints(server: Server) -> None:
    right = post(server, ".1/predict", {"answer": "5\n23"})
    assert right.status_code == 200, right.text
    assert right.json()["correct"] is True and right.json()["expected"] == "5\n23\n"
    wrong = post(server, ".1/predict", {"answer": "5\n5"}).json()
    assert wrong["correct"] is False and wrong["expected"] == "5\n23\n"


def test_a_choice_is_checked_with_each_options_explanation(server: Server) -> None:
    right = post(server, ".2/choice", {"selected": [0]}).json()
    assert right["correct"] is True
    assert right["options"] == [
        {
            "index": 0,
            "correct": True,
            "explanation": "`//` divides and rounds down to a whole number.",
        }
    ]
    wrong = post(server, ".2/choice", {"selected": [1]}).json()
    assert wrong["correct"] is False and "float" in wrong["options"][0]["explanation"]
    assert post(server, ".2/choice", {"selected": [7]}).status_code == 400


def test_a_parsons_program_is_run_and_its_output_compared(server: Server) -> None:
    # Pool: the solution's lines (0, 1, 2), then the distractors (3, 4).
    right = post(server, ".3/parsons", {"order": [0, 1, 2]}).json()
    assert right["correct"] is True and right["output"] == "0\n1\n4\n"
    # Indentation matters: the same print, not indented, runs once after the loop.
    outdented = post(server, ".3/parsons", {"order": [0, 1, 3]}).json()
    assert outdented["correct"] is False and outdented["output"] == "4\n"
    assert "prints something else" in outdented["message"]
    broken = post(server, ".3/parsons", {"order": [0, 3]}).json()
    assert broken["correct"] is False and "does not run" in broken["message"]
    longer = post(server, ".3/parsons", {"order": [4, 1, 2]}).json()
    assert longer["correct"] is False and longer["output"] == "0\n1\n4\n9\n"
    assert post(server, ".3/parsons", {"order": [0, 0]}).status_code == 400


def test_unknown_quizzes_wrong_kinds_and_cross_site_posts_are_refused(server: Server) -> None:
    assert post(server, ".9/choice", {"selected": [0]}).status_code == 404
    assert post(server, ".1/choice", {"selected": [0]}).status_code == 404
    assert post(server, ".2/choice", {"selected": []}).status_code == 422
    form = httpx.post(server.url + BASE + ".2/choice", data={"selected": "0"}, timeout=10)
    assert form.status_code == 403
    cross = httpx.post(
        server.url + BASE + ".2/choice",
        json={"selected": [0]},
        headers={"Origin": "http://evil.example"},
        timeout=10,
    )
    assert cross.status_code == 403


def test_the_lesson_page_shows_the_quizzes_without_their_answers(server: Server) -> None:
    page = httpx.get(server.url + "/modules/arith/lessons/adding", timeout=10).text
    assert page.count('class="quiz ') == 3
    assert 'data-quiz="arith.adding.3"' in page
    assert "quiz choice" not in page and "explanation" not in page
    assert "rounds down" not in page  # explanations come with the answer, not before
    shown = [int(n) for n in re.findall(r'data-line="(\d+)"', page)]
    assert sorted(shown) == [0, 1, 2, 3, 4] and shown[:3] != [0, 1, 2]
