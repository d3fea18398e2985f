import random


def roll_dice(count, sides, seed):
    rng = random.Random(seed)
    return [rng.randrange(1, sides) for _ in range(count)]


def shuffled(items, seed):
    rng = random.Random(seed)
    mixed = items.copy()
    rng.shuffle(mixed)
    return mixed
