"""The real CLI on bad input: one clear line and exit 2, never "This is a bug in pyascent"."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Cli

ADDER = Path(__file__).resolve().parents[1] / "golden" / "pack" / "arith" / "exercises" / "adder"
SOLUTION = "def add(a, b):\n    return a + b\n"


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    text = " ".join(result.stdout.split())
    assert text.startswith("error: "), text
    assert "internal error" not in text and "bug in pyascent" not in text
    assert "Traceback" not in result.stdout + result.stderr
    return text


def test_init_where_no_folder_can_be_made(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    under_file = one_clear_line(cli("init", str(tmp_path / "a-file" / "ws")))
    assert f"{tmp_path / 'a-file'} is a file, not a folder" in under_file
    under_proc = one_clear_line(cli("init", "/proc/pyascent-ws"))
    assert "Cannot create a workspace in /proc/pyascent-ws" in under_proc
    under_sys = one_clear_line(cli("init", "/sys/pyascent-ws"))
    assert "Cannot create a workspace in /sys/pyascent-ws" in under_sys
    assert not (tmp_path / "ws").exists()


def test_init_with_a_folder_that_is_no_course_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    text = one_clear_line(cli("init", "ws", "--course", str(tmp_path)))
    assert "is not a course pack: it has no course.toml" in text
    assert not (tmp_path / "ws").exists()


def test_grade_refuses_devices_and_pipes_at_once(cli: Cli, tmp_path: Path) -> None:
    started = time.monotonic()
    zero = one_clear_line(cli("grade", str(ADDER), "/dev/zero", timeout=30))
    assert "/dev/zero is not an ordinary file" in zero
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    piped = one_clear_line(cli("grade", str(ADDER), str(fifo), timeout=30))
    assert f"{fifo} is not an ordinary file" in piped
    assert time.monotonic() - started < 20, "nothing may wait on a pipe or read a device"


def test_grade_caps_the_file_before_reading_it(cli: Cli, tmp_path: Path) -> None:
    big = tmp_path / "big.py"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    text = one_clear_line(cli("grade", str(ADDER), str(big)))
    assert "big.py is 20480 KB; the limit is 256 KB." in text
    folder = one_clear_line(cli("grade", str(ADDER), str(tmp_path)))
    assert "is a folder; give the path of a file" in folder


@contextlib.contextmanager
def tiny_disk(where: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs: a disk that fills up for real."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_is_named_and_nothing_saved_is_lost(
    cli: Cli, workspace: Path, tmp_path: Path
) -> None:
    learner_file = workspace / "arith" / "adder" / "adder.py"
    learner_file.write_text(SOLUTION)
    assert cli("check", "adder", cwd=workspace).returncode == 0
    with tiny_disk(tmp_path / "disk") as disk:
        database = disk / "progress.db"
        source = workspace / ".pyascent" / "progress.db"
        with sqlite3.connect(source) as conn:
            conn.execute("pragma wal_checkpoint(truncate)")
        shutil.copyfile(source, database)
        config = workspace / "pyascent.toml"
        config.write_text(
            config.read_text().replace(
                'database = ".pyascent/progress.db"', f'database = "{database}"'
            )
        )
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        text = one_clear_line(cli("check", "adder", cwd=workspace))
        assert f"The disk that holds the progress database {database} is full" in text
        filler.unlink()
        assert cli("check", "adder", cwd=workspace).returncode == 0
        with sqlite3.connect(database) as conn:
            statuses = [row[0] for row in conn.execute("select status from attempts")]
        assert statuses.count("passed") == 2, statuses
