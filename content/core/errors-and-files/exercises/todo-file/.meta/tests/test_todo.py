from todo import add_task, read_tasks


def test_first_task_creates_the_file(tmp_path):
    """The first task creates the file, with a line break at the end."""
    path = tmp_path / "todo.txt"
    add_task(path, "buy milk")
    assert path.exists(), "add_task should create the file when it does not exist yet"
    assert path.read_text(encoding="utf-8") == "buy milk\n", (
        'After add_task(path, "buy milk") the file should hold "buy milk\\n": '
        "write() adds no line break, add it yourself"
    )


def test_keeps_the_tasks_already_there(tmp_path):
    """Adding a task keeps the tasks already in the file."""
    path = tmp_path / "todo.txt"
    add_task(path, "buy milk")
    add_task(path, "call Grace")
    add_task(path, "water the plants")
    assert path.read_text(encoding="utf-8") == "buy milk\ncall Grace\nwater the plants\n", (
        "After three calls to add_task the file should hold all three tasks, one per line. "
        'Open the file with mode "a" (append): mode "w" empties it first'
    )


def test_reads_the_tasks(tmp_path):
    """Reads the tasks as a list, without line breaks."""
    path = tmp_path / "todo.txt"
    path.write_text("buy milk\ncall Grace\n", encoding="utf-8")
    assert read_tasks(path) == ["buy milk", "call Grace"], (
        'read_tasks should return ["buy milk", "call Grace"] for a file with those two lines, '
        'without the "\\n" at the end of each line'
    )


def test_skips_blank_lines_and_spaces(tmp_path):
    """Skips empty lines and trims spaces around each task."""
    path = tmp_path / "todo.txt"
    path.write_text("  pay rent \n\n   \nfix bike\n", encoding="utf-8")
    assert read_tasks(path) == ["pay rent", "fix bike"], (
        "read_tasks should skip empty lines and remove the spaces around each task"
    )


def test_missing_file_means_no_tasks(tmp_path):
    """A file that does not exist yet means there are no tasks."""
    assert read_tasks(tmp_path / "nothing-yet.txt") == [], (
        "read_tasks should return [] when the file does not exist yet"
    )


def test_letters_beyond_english(tmp_path):
    """Works with letters such as ü and é, written as UTF-8."""
    path = tmp_path / "todo.txt"
    add_task(path, "café mit Jürgen")
    assert path.read_bytes() == "café mit Jürgen\n".encode("utf-8"), (
        'The file should be written as UTF-8: open it with encoding="utf-8"'
    )
    assert read_tasks(path) == ["café mit Jürgen"], 'read_tasks should give back "café mit Jürgen"'
