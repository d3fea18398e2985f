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


def test_removing_a_locked_folder_leaves_the_shared_root_open(tmp_path: Path) -> None:
    """A learner may chmod its folder to 000; removing it must not close the root that
    holds every slot's folder (the uid of a check without namespaces passes through it)."""
    from pyascent.grader.checkdir import private_root, remove

    root = tmp_path / "root"
    root.mkdir(mode=0o711)
    root.chmod(0o711)
    work = root / "slot0-x"
    (work / "inner").mkdir(parents=True)
    (work / "inner" / "f").write_text("x")
    (work / "inner").chmod(0)
    work.chmod(0)
    remove(work)
    assert not work.exists()
    assert root.stat().st_mode & 0o777 == 0o711
    shared = private_root("checks")
    shared.chmod(0o700)  # as an older version left it
    assert private_root("checks").stat().st_mode & 0o777 == 0o711
