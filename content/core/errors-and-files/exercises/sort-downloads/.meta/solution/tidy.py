from pathlib import Path


def group_of(item):
    """The group of a file: its last extension in lower case without the dot, or "other"."""
    return item.suffix[1:].lower() or "other"


def group_by_extension(folder):
    """Return {group: sorted list of file names} for the files directly in folder."""
    groups = {}
    for item in Path(folder).iterdir():
        if item.is_file():   # folders are skipped
            groups.setdefault(group_of(item), []).append(item.name)
    # iterdir() gives the files in no particular order: sort each list of names.
    for names in groups.values():
        names.sort()
    return groups


def tidy(folder):
    """Move each file of folder into a folder named after its group; return how many moved."""
    folder = Path(folder)
    moved = 0
    # The groups are worked out before anything moves, so new folders do not get in the way.
    for group, names in group_by_extension(folder).items():
        target = folder / group
        target.mkdir(exist_ok=True)
        for name in names:
            (folder / name).rename(target / name)
            moved += 1
    return moved
