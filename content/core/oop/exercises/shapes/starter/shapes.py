import math
from abc import ABC, abstractmethod


class Shape(ABC):
    """Any flat shape. Subclasses say how to work out the area and the perimeter."""

    # Make area() and perimeter() abstract methods here.

    def describe(self):
        """Return the class name and the area, such as: Square with area 25.00"""
        raise NotImplementedError


class Rectangle(Shape):
    def __init__(self, width, height):
        pass


class Square(Rectangle):
    def __init__(self, side):
        pass


class Circle(Shape):
    def __init__(self, radius):
        pass


def total_area(shapes):
    """Return the sum of the areas of the shapes."""
    raise NotImplementedError


def largest(shapes):
    """Return the shape with the biggest area."""
    raise NotImplementedError
