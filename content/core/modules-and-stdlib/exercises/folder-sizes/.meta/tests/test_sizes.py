from sizes import file_sizes


def last_error_line(result):
    """The last line the program printed on stderr: for a crash, the error itself."""
    lines = result.stderr.strip().splitlines()
    return lines[-1] if lines else "(no error message)"


def test_sizes_of_files(tmp_path):
    """Lists each file with its size, sorted by name."""
    (tmp_path / "b.txt").write_bytes(b"abc")
    (tmp_path / "a.txt").write_bytes(b"hello")
    assert file_sizes(str(tmp_path)) == [("a.txt", 5), ("b.txt", 3)], (
        "For a folder with b.txt (3 bytes) and a.txt (5 bytes), file_sizes should return "
        '[("a.txt", 5), ("b.txt", 3)], sorted by name. Remember that os.listdir gives bare names: '
        "join each one to the folder with os.path.join before you ask for its size"
    )


def test_skips_sub_folders(tmp_path):
    """Counts only the files, not sub-folders."""
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "cat.jpg").write_bytes(b"meow")
    (tmp_path / "list.txt").write_bytes(b"milk\n")
    assert file_sizes(str(tmp_path)) == [("list.txt", 5)], (
        "For a folder with the file list.txt (5 bytes) and a sub-folder photos, file_sizes should return "
        '[("list.txt", 5)]: only the files, not sub-folders or what is inside them'
    )


def test_empty_folder(tmp_path):
    """An empty folder gives an empty list."""
    assert file_sizes(str(tmp_path)) == [], "file_sizes of an empty folder should return []"


def test_program_prints_the_report(run_program):
    """python sizes.py sample prints one line per file and the total."""
    result = run_program("sizes.py", args=["sample"])
    assert result.returncode == 0, (
        f"The program stopped with an error (exit code {result.returncode}): {last_error_line(result)}"
    )
    assert result.stdout.splitlines() == [
        "a.txt: 6 bytes",
        "b.csv: 8 bytes",
        "notes.md: 19 bytes",
        "3 files, 33 bytes in total",
    ], "python sizes.py sample should print the four lines of the example in the instructions"


def test_folder_that_does_not_exist(run_program):
    """A folder that does not exist gives a clear error and exit code 1."""
    result = run_program("sizes.py", args=["nowhere"])
    assert "Traceback" not in result.stderr, (
        "For a folder that does not exist, print a clear message without a traceback: "
        f"check with os.path.isdir first. Your program stopped with: {last_error_line(result)}"
    )
    assert "Error: no such folder: nowhere" in result.stderr, (
        "python sizes.py nowhere should print Error: no such folder: nowhere on stderr "
        "(print(..., file=sys.stderr))"
    )
    assert result.returncode == 1, "python sizes.py nowhere should exit with code 1 (sys.exit(1))"


def test_no_folder_name(run_program):
    """Without a folder name, it shows how to use it and exits with code 2."""
    result = run_program("sizes.py")
    assert "Usage: python sizes.py FOLDER" in result.stderr, (
        "python sizes.py without a folder name should print Usage: python sizes.py FOLDER on stderr"
    )
    assert result.returncode == 2, "python sizes.py without a folder name should exit with code 2"


def test_more_than_one_folder_name(run_program):
    """With more than one folder name, it shows how to use it, and prints nothing else."""
    result = run_program("sizes.py", args=["sample", "other"])
    assert "Usage: python sizes.py FOLDER" in result.stderr and result.returncode == 2, (
        "python sizes.py sample other (two folder names) should print Usage: python sizes.py "
        "FOLDER on stderr and exit with code 2: check that there is exactly one name"
    )
    assert result.stdout == "", (
        "When the usage is shown, the program should print nothing on stdout"
    )


def test_errors_are_the_only_output(run_program):
    """The error message is the one line printed: nothing on stdout."""
    result = run_program("sizes.py", args=["nowhere"])
    assert result.stdout == "", (
        "For a folder that does not exist, print only the error on stderr and stop: nothing on stdout"
    )
    assert result.stderr.strip() == "Error: no such folder: nowhere", (
        "For a folder that does not exist, stderr should hold exactly one line: "
        "Error: no such folder: nowhere"
    )
