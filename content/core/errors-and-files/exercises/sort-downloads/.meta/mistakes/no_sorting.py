from pathlib import Path


def group_of(item):
    return item.suffix[1:].lower() or "other"


def group_by_extension(folder):
    groups = {}
    for item in Path(folder).iterdir():
        if item.is_file():
            groups.setdefault(group_of(item), []).append(item.name)
    return groups


def tidy(folder):
    folder = Path(folder)
    moved = 0
    for group, names in group_by_extension(folder).items():
        target = folder / group
        target.mkdir(exist_ok=True)
        for name in names:
            (folder / name).rename(target / name)
            moved += 1
    return moved
