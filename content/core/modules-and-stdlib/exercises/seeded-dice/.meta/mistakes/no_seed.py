import random


def roll_dice(count, sides, seed):
    rng = random.Random()
    return [rng.randint(1, sides) for _ in range(count)]


def shuffled(items, seed):
    rng = random.Random()
    mixed = items.copy()
    rng.shuffle(mixed)
    return mixed
