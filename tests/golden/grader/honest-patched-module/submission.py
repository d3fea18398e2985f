"""Code whose module the tests patch (Exercism's grep patches grep.open)."""

import random


def grep(pattern, files):
    found = []
    for name in files:
        with open(name) as handle:
            for line in handle:
                if pattern in line:
                    found.append(f"{name}:{line}")
    return "".join(found)


def read_config(name):
    with open(name) as handle:
        return handle.read().strip()


def roll():
    return random.randint(1, 6)


def lucky():
    return roll() == 6


def greeting():
    return "hello"


def shout():
    return greeting().upper()


def add(a, b):
    return a + b


class Dice:
    """A class whose methods the tests patch (patch.object on the class itself)."""

    sides = 6

    def roll(self):
        return random.randint(1, self.sides)

    def doubled(self):
        return 2 * self.roll()
