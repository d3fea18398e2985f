"""Objects that claim to equal (and to be greater than) everything, and subclasses of
standard-library types that do the same."""

import collections
import datetime


class Liar:
    def __init__(self, *args):
        pass

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return True

    def __gt__(self, other):
        return True

    __hash__ = object.__hash__


class Agreeable:
    def __init__(self, *args):
        pass

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


class Truthy:
    def __bool__(self):
        return True


class Odd:
    def __init__(self, *args):
        pass

    def __eq__(self, other):
        return Truthy()

    __hash__ = object.__hash__


class SlyDate(datetime.date):
    def __eq__(self, other):
        return True


class SlyCounter(collections.Counter):
    def __eq__(self, other):
        return True


def answer():
    return Liar()


def when():
    return SlyDate(1999, 1, 1)


def counts(_word):
    return SlyCounter()


def add(a, b):
    return a + b
