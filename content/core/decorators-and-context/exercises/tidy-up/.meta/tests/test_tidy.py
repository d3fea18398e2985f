from pathlib import Path

import pytest
import tidy
from tidy import atomic_write, working_directory


def learners_os():
    """The os module of tidy.py. In verified grading the learner's code runs in a process of
    its own, with its own current directory: the checks read and set that one through it."""
    try:
        return tidy.os
    except AttributeError:
        pytest.fail(
            "Keep the line `import os` at the top of tidy.py: the checks read the current "
            "directory of your code through it",
            pytrace=False,
        )


def here():
    """The current directory of the learner's code."""
    return Path(learners_os().getcwd()).resolve()


@pytest.fixture
def home(tmp_path):
    """A folder to start from, with a subfolder reports/; the learner's code starts inside it,
    and is put back where it was after the test, whatever its working_directory did."""
    (tmp_path / "reports").mkdir()
    learners = learners_os()
    start = learners.getcwd()
    learners.chdir(str(tmp_path))
    yield tmp_path
    learners.chdir(start)


def test_works_in_the_folder(home):
    """Inside the block, the current directory is path; after it, the one from before."""
    with working_directory(home / "reports"):
        assert here() == (home / "reports").resolve(), (
            "Inside `with working_directory(folder)`, the current directory should be folder: "
            "call os.chdir(path) before the yield"
        )
    assert here() == home.resolve(), (
        "After the block, the current directory should be the one from before: save "
        "os.getcwd() before changing it, and os.chdir back to it after the yield"
    )


def test_relative_folder(home):
    """A relative path is taken from the current directory."""
    with working_directory("reports"):
        assert here() == (home / "reports").resolve(), (
            'working_directory("reports") should go into the reports folder of the current directory'
        )
    assert here() == home.resolve(), "After the block, the current directory should be the one from before"


def test_goes_back_even_when_the_block_raises(home):
    """After a block that raised, the current directory is the one from before."""
    with pytest.raises(RuntimeError):
        with working_directory(home / "reports"):
            raise RuntimeError("the build failed")
        pytest.fail(
            "A RuntimeError raised inside the block should reach the caller: do not catch it, "
            "only use try/finally"
        )
    assert here() == home.resolve(), (
        "After a block that raised, the current directory should be the one from before: the "
        "error appears at the yield, so put the yield in try: and os.chdir back in finally:"
    )


def test_saves_the_text(home):
    """After the block, path holds what was written, and no part file is left."""
    report = home / "report.txt"
    with atomic_write(report) as file:
        file.write("total: 42\n")
        file.write("café 3 €\n")
    assert report.read_bytes() == "total: 42\ncafé 3 €\n".encode("utf-8"), (
        "After the block, report.txt should hold exactly what was written, in UTF-8: "
        "open the part file with encoding=\"utf-8\" and os.replace it over path at the end"
    )
    assert not (home / "report.txt.part").exists(), (
        "After the block, report.txt.part should be gone: os.replace(part, path) moves it "
        "into place"
    )
    assert file.closed, "After the block, the file should be closed"


def test_path_is_untouched_until_the_end(home):
    """Inside the block, the text goes to the part file and path keeps its old text."""
    report = home / "report.txt"
    report.write_text("old report\n", encoding="utf-8")
    with atomic_write(str(report)) as file:
        file.write("new report\n")
        file.flush()
        assert report.read_text(encoding="utf-8") == "old report\n", (
            "Inside the block, report.txt should still hold its old text: write to the part "
            "file, and replace report.txt only when the block has finished"
        )
        part = home / "report.txt.part"
        assert part.exists() and part.read_text(encoding="utf-8") == "new report\n", (
            "Inside the block, the text should go to the part file report.txt.part, in the "
            "same folder as report.txt"
        )
    assert report.read_text(encoding="utf-8") == "new report\n", (
        "atomic_write should take a string path too, and replace the file with the new text"
    )


def test_an_error_keeps_the_old_file(home):
    """When the block raises, path keeps its old text, the part file is deleted, the error goes on."""
    report = home / "report.txt"
    report.write_text("old report\n", encoding="utf-8")
    with pytest.raises(OSError):
        with atomic_write(report) as file:
            file.write("new rep")
            raise OSError("disk full")
        pytest.fail(
            "An OSError raised inside the block should reach the caller: after deleting the "
            "part file, raise the error again"
        )
    assert report.read_text(encoding="utf-8") == "old report\n", (
        "After a block that raised, report.txt should keep its old text"
    )
    assert not (home / "report.txt.part").exists(), (
        "After a block that raised, the half-written report.txt.part should be deleted: the "
        "error appears at the yield, so catch it there (except BaseException:) and unlink "
        "the part file"
    )
    assert file.closed, (
        "After a block that raised, the part file should be closed too: open it with "
        "`with open(...)` around the yield"
    )


def test_an_error_creates_no_file(home):
    """When the block raises and path did not exist, it still does not exist."""
    with pytest.raises(ValueError):
        with atomic_write(home / "new.txt") as file:
            file.write("half")
            raise ValueError("bad row")
    assert sorted(p.name for p in home.iterdir()) == ["reports"], (
        "After a block that raised, there should be neither new.txt nor new.txt.part"
    )
