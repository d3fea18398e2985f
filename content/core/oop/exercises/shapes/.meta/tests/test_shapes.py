import math

import pytest
from shapes import Circle, Rectangle, Shape, Square, largest, total_area


def attempt(action, *args):
    """Run action(*args): give back (the name of the error it raised, its message),
    or a note that it raised none."""
    try:
        action(*args)
    except Exception as error:
        return type(error).__name__, str(error)
    return "no error", ""


def test_shape_is_abstract():
    """Shape() cannot be made: area and perimeter are abstract."""
    kind, message = attempt(Shape)
    assert kind == "TypeError", (
        f"Shape() should raise TypeError, but it gave {kind}. Inherit from ABC and mark "
        "area and perimeter with @abstractmethod"
    )
    assert "area" in message and "perimeter" in message, (
        f"Both area and perimeter should be abstract methods of Shape, but Python said: {message}"
    )


def test_rectangle():
    """A Rectangle keeps its sides and works out its area and perimeter."""
    box = Rectangle(3, 4)
    assert (box.width, box.height) == (3, 4), "Rectangle(3, 4) should have width 3 and height 4"
    assert box.area() == 12, "Rectangle(3, 4).area() should be 12 (width times height)"
    assert box.perimeter() == 14, "Rectangle(3, 4).perimeter() should be 14 (2 * (3 + 4))"
    assert isinstance(box, Shape), "A Rectangle should be a Shape: class Rectangle(Shape)"


def test_square_reuses_rectangle():
    """A Square is a Rectangle with equal sides."""
    square = Square(5)
    assert isinstance(square, Rectangle), (
        "A Square should be a Rectangle: class Square(Rectangle)"
    )
    kind, message = attempt(getattr, square, "width")
    assert kind == "no error", (
        f"Square(5) has no width ({kind}: {message}). In Square.__init__, call "
        "super().__init__(side, side), so that Rectangle's __init__ sets width and height"
    )
    assert (square.width, square.height) == (5, 5), (
        "Square(5) should have width 5 and height 5: call super().__init__(side, side)"
    )
    assert square.area() == 25, "Square(5).area() should be 25, inherited from Rectangle"
    assert square.perimeter() == 20, "Square(5).perimeter() should be 20"


def test_circle():
    """A Circle works out its area and perimeter with pi."""
    wheel = Circle(3)
    assert wheel.radius == 3, "Circle(3).radius should be 3"
    assert wheel.area() == pytest.approx(math.pi * 9), (
        "Circle(3).area() should be about 28.27 (math.pi * radius ** 2)"
    )
    assert wheel.perimeter() == pytest.approx(2 * math.pi * 3), (
        "Circle(3).perimeter() should be about 18.85 (2 * math.pi * radius)"
    )
    assert isinstance(wheel, Shape), "A Circle should be a Shape: class Circle(Shape)"


def test_describe():
    """describe(), written once in Shape, names the class and the area."""
    assert Square(5).describe() == "Square with area 25.00", (
        'Square(5).describe() should be "Square with area 25.00": the class name, then the '
        "area with two decimals"
    )
    assert Circle(1).describe() == "Circle with area 3.14", (
        'Circle(1).describe() should be "Circle with area 3.14": use type(self).__name__ '
        "so that each subclass shows its own name"
    )
    assert Rectangle(2, 1.5).describe() == "Rectangle with area 3.00", (
        'Rectangle(2, 1.5).describe() should be "Rectangle with area 3.00"'
    )


def test_total_area():
    """total_area adds up the areas of any mix of shapes."""
    assert total_area([Rectangle(3, 4), Square(5)]) == 37, (
        "total_area([Rectangle(3, 4), Square(5)]) should be 37"
    )
    assert total_area([Circle(1), Square(2)]) == pytest.approx(math.pi + 4), (
        "total_area([Circle(1), Square(2)]) should be about 7.14: ask each shape for its area()"
    )
    assert total_area([]) == 0, "total_area([]) should be 0"


def test_largest():
    """largest gives the shape with the biggest area."""
    small, big, middle = Square(2), Circle(2), Rectangle(3, 3)
    winner = largest([small, big, middle])
    assert winner is big, (
        "largest([Square(2), Circle(2), Rectangle(3, 3)]) should return the circle, whose "
        "area is about 12.57: compare the shapes by their area()"
    )
    assert largest([middle, small]) is middle, (
        "largest([Rectangle(3, 3), Square(2)]) should return the rectangle"
    )
