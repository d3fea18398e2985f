from tidy import group_by_extension, tidy


def make_files(folder, names):
    """Create small files with these names in folder; each holds its own name."""
    for name in names:
        (folder / name).write_text(f"this is {name}\n", encoding="utf-8")


def contents(folder):
    """Everything inside folder, as sorted relative paths written with /."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))


def test_groups_files_by_extension(tmp_path):
    """Groups file names by their extension, sorted."""
    make_files(tmp_path, ["b.txt", "a.txt", "pic.jpg"])
    assert group_by_extension(tmp_path) == {"txt": ["a.txt", "b.txt"], "jpg": ["pic.jpg"]}, (
        'For a.txt, b.txt and pic.jpg the groups should be {"txt": ["a.txt", "b.txt"], "jpg": ["pic.jpg"]}'
    )
    assert group_by_extension(str(tmp_path)) == {"txt": ["a.txt", "b.txt"], "jpg": ["pic.jpg"]}, (
        "group_by_extension should also work when the folder is given as a string: use Path(folder)"
    )


def test_capitals_and_unusual_names(tmp_path):
    """Uses the last extension in lower case, and "other" for names without one."""
    make_files(tmp_path, ["Photo.JPG", "archive.tar.gz", "README", "my.holiday.png"])
    groups = group_by_extension(tmp_path)
    assert groups.get("jpg") == ["Photo.JPG"], (
        'Photo.JPG should be in the group "jpg": the group is the extension in lower case, without the dot'
    )
    assert groups.get("other") == ["README"], (
        'A file without an extension, such as README, should be in the group "other"'
    )
    assert groups == {
        "jpg": ["Photo.JPG"],
        "gz": ["archive.tar.gz"],
        "other": ["README"],
        "png": ["my.holiday.png"],
    }, "Only the last extension counts: archive.tar.gz belongs to gz, my.holiday.png to png"


def test_skips_folders(tmp_path):
    """Counts only files directly in the folder, not folders or what is inside them."""
    make_files(tmp_path, ["notes.txt"])
    (tmp_path / "old").mkdir()
    (tmp_path / "photos.2023").mkdir()
    make_files(tmp_path / "old", ["letter.txt"])
    assert group_by_extension(tmp_path) == {"txt": ["notes.txt"]}, (
        "Only files count: skip folders such as old and photos.2023 (item.is_file()), "
        "and do not look inside them"
    )


def test_tidy_moves_files(tmp_path):
    """Moves every file into its group's folder and returns how many it moved."""
    make_files(tmp_path, ["Photo.JPG", "notes.txt", "README"])
    moved = tidy(tmp_path)
    assert contents(tmp_path) == [
        "jpg", "jpg/Photo.JPG", "other", "other/README", "txt", "txt/notes.txt",
    ], "After tidy, each file should be in the folder of its group: jpg/Photo.JPG, other/README, txt/notes.txt"
    assert (tmp_path / "txt" / "notes.txt").read_text(encoding="utf-8") == "this is notes.txt\n", (
        "A moved file should keep its contents"
    )
    assert moved == 3, "tidy should return the number of files it moved, here 3"


def test_tidy_with_several_files_per_group(tmp_path):
    """Puts several files into one group folder, and leaves folders that were there alone."""
    make_files(tmp_path, ["a.jpg", "b.jpg", "c.jpg", "new.txt"])
    (tmp_path / "txt").mkdir()
    make_files(tmp_path / "txt", ["old.txt"])
    moved = tidy(tmp_path)
    assert contents(tmp_path) == [
        "jpg", "jpg/a.jpg", "jpg/b.jpg", "jpg/c.jpg", "txt", "txt/new.txt", "txt/old.txt",
    ], (
        "Three .jpg files should all end up in jpg, and new.txt should join the txt folder "
        "that was already there: create each group folder once, with mkdir(exist_ok=True)"
    )
    assert moved == 4, "tidy should return 4: it moved a.jpg, b.jpg, c.jpg and new.txt, not the folder txt"


def test_empty_folder(tmp_path):
    """Handles an empty folder."""
    assert group_by_extension(tmp_path) == {}, "An empty folder should give an empty dictionary"
    assert tidy(tmp_path) == 0, "tidy on an empty folder should move nothing and return 0"


def test_names_sorted_whatever_order_they_were_made(tmp_path):
    """Sorts the names of each group, whatever order the files were made in."""
    make_files(tmp_path, ["m.txt", "z.txt", "a.txt", "k.txt", "b.txt"])
    assert group_by_extension(tmp_path) == {"txt": ["a.txt", "b.txt", "k.txt", "m.txt", "z.txt"]}, (
        "The txt group should be sorted alphabetically: a.txt, b.txt, k.txt, m.txt, z.txt. "
        "A folder lists its files in no particular order, so sort each list of names"
    )


def test_tidy_with_folder_as_text(tmp_path):
    """tidy works when the folder is given as text."""
    make_files(tmp_path, ["notes.txt", "Photo.JPG"])
    assert tidy(str(tmp_path)) == 2, (
        "tidy should also work when the folder is given as text: use Path(folder) first"
    )
    assert contents(tmp_path) == ["jpg", "jpg/Photo.JPG", "txt", "txt/notes.txt"], (
        "After tidy(folder as text), the files should be in folder/jpg and folder/txt"
    )
