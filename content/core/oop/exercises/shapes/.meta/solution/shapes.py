import math
from abc import ABC, abstractmethod
from collections.abc import Iterable


class Shape(ABC):
    """Any flat shape. Subclasses say how to work out the area and the perimeter."""

    @abstractmethod
    def area(self) -> float:
        """The area of the shape."""

    @abstractmethod
    def perimeter(self) -> float:
        """The length of the shape's outline."""

    def describe(self) -> str:
        """Return the class name and the area, such as: Square with area 25.00"""
        # self.area() runs the area() of whichever subclass self belongs to.
        return f"{type(self).__name__} with area {self.area():.2f}"


class Rectangle(Shape):
    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)  # a square is a rectangle with equal sides


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius**2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


def total_area(shapes: Iterable[Shape]) -> float:
    """Return the sum of the areas of the shapes."""
    return sum(shape.area() for shape in shapes)


def largest(shapes: Iterable[Shape]) -> Shape:
    """Return the shape with the biggest area."""
    return max(shapes, key=lambda shape: shape.area())
