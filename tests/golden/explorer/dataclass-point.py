from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


a = Point(1, 2)
b = Point(1, 2)
print(a == b, a is b)
