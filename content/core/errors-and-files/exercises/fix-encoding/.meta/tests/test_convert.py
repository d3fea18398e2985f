from convert import convert_to_utf8

MENU = "Café crème\nCrêpe\nThé glacé\n"


def old_file(folder, text=MENU):
    """Write text to old-menu.txt in folder as Latin-1, the way the old till does."""
    path = folder / "old-menu.txt"
    path.write_bytes(text.encode("latin-1"))
    return path


def test_writes_utf8(tmp_path):
    """Writes the same text, encoded as UTF-8."""
    source = old_file(tmp_path)
    target = tmp_path / "menu.txt"
    convert_to_utf8(source, target)
    assert target.exists(), "convert_to_utf8 should create the target file"
    written = target.read_bytes()
    assert written == MENU.encode("utf-8"), (
        "The target file should hold the menu encoded as UTF-8: "
        'read with encoding="latin-1", write with encoding="utf-8"'
    )


def test_returns_the_number_of_lines(tmp_path):
    """Returns the number of lines in the text."""
    source = old_file(tmp_path)
    assert convert_to_utf8(source, tmp_path / "menu.txt") == 3, (
        "For a menu of 3 lines convert_to_utf8 should return 3"
    )
    one_line = old_file(tmp_path, "Señor Pérez")
    assert convert_to_utf8(one_line, tmp_path / "name.txt") == 1, (
        'For the text "Señor Pérez" (one line, no line break at the end) it should return 1'
    )
    assert (tmp_path / "name.txt").read_bytes() == "Señor Pérez".encode("utf-8"), (
        "The text should be copied exactly: do not add or remove line breaks"
    )


def test_creates_missing_folders(tmp_path):
    """Creates the folders the target file should be in."""
    source = old_file(tmp_path)
    target = tmp_path / "site" / "2024" / "menu.txt"
    convert_to_utf8(source, target)
    assert target.exists(), (
        "convert_to_utf8 should create the missing folders site/2024 for the target: "
        "mkdir(parents=True, exist_ok=True) on the target's parent"
    )
    assert target.read_bytes() == MENU.encode("utf-8"), "The target file should hold the menu as UTF-8"


def test_accepts_paths_as_text(tmp_path):
    """Works when the paths are given as plain strings."""
    source = old_file(tmp_path)
    target = tmp_path / "web" / "menu.txt"
    convert_to_utf8(str(source), str(target))
    assert target.exists(), (
        "convert_to_utf8 should also work when source and target are strings: "
        "turn them into paths with Path(...)"
    )


def test_source_is_not_changed(tmp_path):
    """Leaves the old file as it was."""
    source = old_file(tmp_path)
    convert_to_utf8(source, tmp_path / "menu.txt")
    assert source.read_bytes() == MENU.encode("latin-1"), "The source file should not change"
