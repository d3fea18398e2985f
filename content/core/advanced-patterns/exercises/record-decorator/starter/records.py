"""A mini dataclass: a class decorator that writes __init__, __repr__ and __eq__ from annotations."""

import inspect
from typing import Any


def record(cls: type) -> type:
    """Give cls an __init__, a __repr__ and an __eq__ made from its annotated fields."""
    return cls  # for now the class comes back unchanged: write the decorator


# The classes that use record (given: do not change them).


@record
class Point:
    x: float
    y: float


@record
class Vector:
    x: float
    y: float


@record
class Book:
    title: str
    author: str
    pages: int = 0
    tags: tuple[str, ...] = ()
    shelf = "new"  # no annotation: a plain class attribute, not a field


@record
class Temperature:
    celsius: float

    def __repr__(self) -> str:
        return f"{self.celsius} °C"


@record
class Colour:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name.strip()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Colour) and self.name.lower() == other.name.lower()

    def __hash__(self) -> int:
        return hash(self.name.lower())


class Anything:
    """Equal to every value, like unittest.mock.ANY (given: do not change it)."""

    def __eq__(self, other: object) -> bool:
        return True
