import random


def roll_dice(count, sides, seed):
    """Return a list of count rolls of a die with sides sides, made by random.Random(seed)."""
    rng = random.Random(seed)  # our own generator: the same seed gives the same rolls
    return [rng.randint(1, sides) for _ in range(count)]


def shuffled(items, seed):
    """Return a new list with the items mixed by random.Random(seed). Do not change items."""
    rng = random.Random(seed)
    mixed = items.copy()  # shuffle() changes the list it gets, so give it a copy
    rng.shuffle(mixed)
    return mixed
