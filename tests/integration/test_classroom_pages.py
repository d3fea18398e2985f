"""The classroom pages as an instructor and a TA use them, through their forms: every page
renders with real data and every form does what its label says. On SQLite."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from pyascent.grader import TestResult as Result
from pyascent.grader import Verdict
from tests.fakes import PASSED, ScriptedGrader
from tests.integration.classroom_setup import Classroom1, build, client_of, sign_in

RIGHT = "def add(a, b):\n    return a + b\n"


def _failing(n: int) -> Verdict:
    test = Result(name="test_add", status="failed", message=f"add(1, {n}) should return {n + 1}")
    return Verdict(status="failed", summary="0 of 1 tests passed.", tests=(test,), verified=True)


@pytest.fixture
def grader() -> ScriptedGrader:
    return ScriptedGrader([_failing(1), _failing(2), PASSED, PASSED])


@pytest.fixture
def setup(tmp_path: Path, grader: ScriptedGrader) -> Iterator[Classroom1]:
    built = build(f"sqlite:///{tmp_path / 'p.db'}", grader)
    yield built
    built.close()


async def _form(client: httpx.AsyncClient, url: str, csrf: str, **fields: object) -> httpx.Response:
    answer = await client.post(url, data={"csrf_token": csrf, **fields})
    assert answer.status_code in (200, 303), f"{url}: {answer.status_code} {answer.text[:400]}"
    return answer


@pytest.mark.anyio
async def test_an_instructor_runs_a_week_through_the_pages(
    setup: Classroom1, grader: ScriptedGrader
) -> None:
    cohort = f"/classes/{setup.cohort.id}"
    student = setup.accounts["student"].username
    async with client_of(setup.app) as sam:
        await sign_in(sam, student)
        for _ in range(3):  # two failures, then a pass
            await sam.post("/api/v1/exercises/adder/submissions", json={"code": RIGHT})
        mine = await sam.get(f"{cohort}/assignments/{setup.assignment.id}")
        assert mine.status_code == 200 and student in mine.text
        assert setup.accounts["victim"].username not in mine.text  # not the others' scores
    async with client_of(setup.app) as olga:
        csrf = await sign_in(olga, setup.accounts["owner"].username)
        page = (await olga.get(cohort)).text
        assert setup.cohort.join_code in page and "Needs help now" in page
        now = datetime.now(UTC)
        made = await _form(
            olga, f"{cohort}/assignments", csrf, title="Week 2", exercises=["double"],
            release_at=(now - timedelta(hours=1)).isoformat(),
            due_at=(now + timedelta(days=7)).isoformat(), late_credit="0.5",
        )  # fmt: skip
        week2 = made.headers["location"]
        assert "Week 2" in (await olga.get(week2)).text
        added = await _form(olga, f"{cohort}/members", csrf, username="newbie", role="student")
        assert "Temporary passwords" in added.text and "newbie" in added.text
        roster = await _form(olga, f"{cohort}/roster", csrf, pasted="username,name\nzed,Zed Z\n")
        assert "1 rows, 1 changed" in roster.text
        grid = await olga.get(f"{cohort}/grid?assignment={setup.assignment.id}")
        assert grid.status_code == 200 and 'class="gp"' in grid.text
        fragment = await olga.get(f"{cohort}/grid", headers={"hx-request": "true"})
        assert fragment.text.startswith('<div id="grid"') and "hx-trigger" in fragment.text
        clusters = await olga.get(f"{cohort}/clusters/adder")
        assert "2 checks" in clusters.text and "should return" in clusters.text
        draft = await _form(olga, f"{cohort}/clusters/adder/mistake", csrf, rank="0")
        assert "expect_message" in draft.text and "copy" in draft.text
        work = await olga.get(f"{cohort}/students/{student}/adder")
        assert "return a + b" in work.text
        assignment = f"{cohort}/assignments/{setup.assignment.id}"
        await _form(olga, f"{assignment}/extensions", csrf, username=student,
                    due_at=(now + timedelta(days=9)).isoformat(), reason="flu")  # fmt: skip
        assert "(flu)" in (await olga.get(assignment)).text
        await _form(olga, f"{assignment}/overrides", csrf, username=student, exercise_id="double",
                    credit="1", reason="did it on paper")  # fmt: skip
        scores = (await olga.get(assignment)).text
        assert "100.0 %" in scores and "did it on paper" in scores
        await _form(olga, f"{assignment}/dates", csrf,
                    due_at=(now + timedelta(days=3)).isoformat(), late_until="")  # fmt: skip
        exported = await olga.get(f"{assignment}/grades.canvas")
        assert exported.headers["content-disposition"].endswith('-canvas.csv"')
        assert f"{student},CS1 A,100" in exported.text
        grader.verdicts = [_failing(9)]  # the test was fixed: the pass no longer passes
        started = await _form(olga, f"{cohort}/regrades", csrf, exercise_id="adder")
        regrade = started.headers["location"]
        for _ in range(100):
            page = (await olga.get(regrade)).text
            if "Dry run" in page:
                break
            await asyncio.sleep(0.05)
        assert "change verdict" in page and "Apply" in page
        await _form(olga, f"{regrade}/apply", csrf)
        assert "What it changed" in (await olga.get(regrade)).text
        audit = (await olga.get(f"{cohort}/audit")).text
        assert "checks out" in audit and "regrade.apply" in audit and "extension.grant" in audit
    async with client_of(setup.app) as tara:  # a TA extends but may not regrade or export
        csrf = await sign_in(tara, setup.accounts["ta"].username)
        page = (await tara.get(cohort)).text
        assert "Regrade after a test fix" not in page and "Import a roster" not in page
        assignment = f"{cohort}/assignments/{setup.assignment.id}"
        await _form(tara, f"{assignment}/extensions", csrf, username=student, remove="1")
        refused = await tara.get(f"{assignment}/grades.canvas")
        assert refused.status_code == 403
