from folders import count_files, total_size


def make_home():
    """The example folder from the instructions."""
    return {
        "notes.txt": 4,
        "photos": {
            "cat.jpg": 250,
            "holiday": {"beach.jpg": 300, "sunset.jpg": 280},
        },
        "music": {},
    }


def make_deep():
    """A file inside six levels of folders, next to a file at every level."""
    folder = {"deepest.txt": 32}
    for level in range(6):
        folder = {f"file{level}.txt": 1, f"level{level}": folder}
    return folder


def test_flat_folder():
    """Adds up and counts the files of a folder without subfolders."""
    folder = {"a.txt": 5, "b.txt": 7}
    assert total_size(folder) == 12, 'total_size({"a.txt": 5, "b.txt": 7}) should return 12'
    assert count_files(folder) == 2, 'count_files({"a.txt": 5, "b.txt": 7}) should return 2'


def test_example_home():
    """Looks inside subfolders and their subfolders."""
    assert total_size(make_home()) == 834, (
        "total_size(home) should return 834 (4 + 250 + 300 + 280): "
        "include the files inside subfolders, at any depth"
    )
    assert count_files(make_home()) == 4, "count_files(home) should return 4: folders themselves are not files"


def test_empty_folders():
    """An empty folder has size 0 and no files."""
    assert total_size({}) == 0, "total_size({}) should return 0"
    assert count_files({}) == 0, "count_files({}) should return 0"
    assert count_files({"empty": {}, "also empty": {"nothing": {}}}) == 0, (
        "A folder that holds only empty folders has 0 files: folders themselves are not files"
    )


def test_very_deep_folder():
    """Works at any depth, not just two or three levels."""
    assert total_size(make_deep()) == 38, (
        "For a file of 32 KB inside six levels of folders, with a 1 KB file at every level, "
        "total_size should return 38: include the files inside subfolders, at any depth "
        "(call total_size on each subfolder)"
    )
    assert count_files(make_deep()) == 7, (
        "That deep folder holds 7 files: count_files should look inside subfolders at any depth"
    )


def test_leaves_the_folder_alone():
    """Does not change the folder it was given."""
    home = make_home()
    total_size(home)
    count_files(home)
    assert home == make_home(), "total_size and count_files should not change the folder they were given"
