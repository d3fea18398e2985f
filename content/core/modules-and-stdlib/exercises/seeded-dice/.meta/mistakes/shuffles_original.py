import random


def roll_dice(count, sides, seed):
    rng = random.Random(seed)
    return [rng.randint(1, sides) for _ in range(count)]


def shuffled(items, seed):
    rng = random.Random(seed)
    rng.shuffle(items)
    return items
