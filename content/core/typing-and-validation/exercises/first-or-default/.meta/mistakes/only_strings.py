def first_or_default(items: list[str], default: str) -> str:
    return items[0] if items else default


def last_or_default(items: list[str], default: str) -> str:
    return items[-1] if items else default


def opening_act(acts: list[str]) -> str:
    return first_or_default(acts, "to be announced")


def headliner(acts: list[str]) -> str:
    return last_or_default(acts, "to be announced")


def first_set_minutes(set_lengths: list[int]) -> int:
    return first_or_default(set_lengths, 0)


def last_set_minutes(set_lengths: list[int]) -> int:
    return last_or_default(set_lengths, 0)

