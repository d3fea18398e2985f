"""What each side of a verified check gets: the tests' data travel, their code never does."""

from __future__ import annotations

import shutil
from pathlib import Path

from pyascent.grader.checkdir import prepare_verified


def test_no_code_of_the_tests_reaches_the_learners_folder(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    (tests / "cases" / "deep").mkdir(parents=True)
    (tests / "test_it.py").write_text("def test(): pass\n")
    (tests / "sales.csv").write_text("a,b\n1,2\n")
    (tests / "cases" / "expected.json").write_text("{}")
    (tests / "cases" / "oracle.py").write_text("ANSWER = 42\n")
    (tests / "cases" / "deep" / "more.py").write_text("SECRET = 1\n")
    judge, subject, exchange = prepare_verified(
        {"shop.py": b"x = 1\n"}, {"data.py": b"ROWS = []\n"}, tests, 0, None, None
    )
    try:
        seen = sorted(str(p.relative_to(subject)) for p in subject.rglob("*") if p.is_file())
        assert seen == ["cases/expected.json", "data.py", "sales.csv", "shop.py"]
        assert (judge / "cases" / "oracle.py").exists()  # the tests still have theirs
    finally:
        for folder in (judge, subject, exchange):
            shutil.rmtree(folder, ignore_errors=True)
