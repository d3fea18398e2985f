from pathlib import Path


def group_by_extension(folder):
    groups = {}
    for item in sorted(Path(folder).iterdir()):
        if item.is_file():
            group = item.suffix[1:].lower() or "other"
            groups.setdefault(group, []).append(item.name)
    return groups


def tidy(folder):
    folder = Path(folder)
    moved = 0
    for item in list(folder.iterdir()):
        if item.is_file():
            group = item.suffix[1:].lower() or "other"
            (folder / group).mkdir()
            item.rename(folder / group / item.name)
            moved += 1
    return moved
