"""Code that takes and returns big values."""


def total(numbers):
    return sum(numbers)


def squares(count):
    return [n * n for n in range(count)]


def halves(count):
    return [n / 2 for n in range(count)]


def index(words):
    return {word: len(word) for word in words}


def append_zero(numbers):
    numbers.append(0)


def add(a, b):
    return a + b
