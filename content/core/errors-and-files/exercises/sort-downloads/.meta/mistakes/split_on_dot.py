from pathlib import Path


def group_by_extension(folder):
    groups = {}
    for item in sorted(Path(folder).iterdir()):
        if item.is_file():
            group = item.name.split(".")[-1].lower()
            groups.setdefault(group, []).append(item.name)
    return groups


def tidy(folder):
    folder = Path(folder)
    moved = 0
    for group, names in group_by_extension(folder).items():
        (folder / group).mkdir(exist_ok=True)
        for name in names:
            (folder / name).rename(folder / group / name)
            moved += 1
    return moved
