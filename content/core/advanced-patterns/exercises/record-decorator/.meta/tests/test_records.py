import pytest

from records import Anything, Book, Colour, Point, Temperature, Vector


def make(cls, *args, **kwargs):
    """cls(*args, **kwargs), with a plain failure when record wrote no (working) __init__."""
    if cls is None:
        pytest.fail("A class decorated with @record is None: `@record class Point` means "
                    "`Point = record(Point)`, so record must end with `return cls`", pytrace=False)
    shown = ", ".join([*map(repr, args), *(f"{k}={v!r}" for k, v in kwargs.items())])
    try:
        return cls(*args, **kwargs)
    except TypeError as error:
        pytest.fail(f"{cls.__name__}({shown}) should work, but it raised TypeError: {error}. "
                    "record should give the class an __init__ that takes the annotated "
                    "fields, in order, by position or by keyword", pytrace=False)


def refused(action, message, what):
    with pytest.raises(TypeError) as caught:
        action()
        pytest.fail(f"{what} should raise TypeError({message!r}), but nothing was raised", pytrace=False)
    assert str(caught.value) == message, f"{what} should raise TypeError with the message {message!r}"


def test_init_takes_the_fields_in_order():
    """__init__ takes the annotated fields by position, in the order they are written."""
    point = make(Point, 1.5, -2)
    assert (point.x, point.y) == (1.5, -2), "Point(1.5, -2) should set x to 1.5 and y to -2"
    book = make(Book, "Dune", "Herbert", 412, ("sf",))
    assert (book.title, book.author, book.pages, book.tags) == ("Dune", "Herbert", 412, ("sf",)), (
        "Book('Dune', 'Herbert', 412, ('sf',)) should set title, author, pages and tags in that order"
    )


def test_init_takes_keywords_too():
    """Fields can be given by keyword, mixed with positions."""
    point = make(Point, y=4, x=3)
    assert (point.x, point.y) == (3, 4), "Point(y=4, x=3) should set x to 3 and y to 4"
    book = make(Book, "Dune", author="Herbert", tags=("sf", "classic"))
    assert (book.author, book.pages, book.tags) == ("Herbert", 0, ("sf", "classic")), (
        "Book('Dune', author='Herbert', tags=('sf', 'classic')) should keep the keywords and the "
        "default pages=0"
    )


def test_defaults_come_from_the_class_body():
    """A field with a value in the class body is optional, with that value as its default."""
    book = make(Book, "Emma", "Austen")
    assert (book.pages, book.tags) == (0, ()), (
        "Book('Emma', 'Austen') should get the defaults pages=0 and tags=(): a field written "
        "`pages: int = 0` has its default in the class's __dict__"
    )
    assert vars(book) == {"title": "Emma", "author": "Austen", "pages": 0, "tags": ()}, (
        "vars(Book('Emma', 'Austen')) should be {'title': 'Emma', 'author': 'Austen', 'pages': 0, "
        "'tags': ()}: __init__ sets every field on the instance, defaults too"
    )
    assert book.shelf == "new", "Book.shelf = 'new' has no annotation: it stays a plain class attribute"


def test_the_fields_are_listed():
    """record sets _fields to the tuple of the field names, in order."""
    assert Book._fields == ("title", "author", "pages", "tags"), (
        "Book._fields should be ('title', 'author', 'pages', 'tags'): the annotated names in "
        "order, without shelf, which has no annotation"
    )
    assert Point._fields == ("x", "y"), "Point._fields should be ('x', 'y')"
    assert Temperature._fields == ("celsius",), "Temperature._fields should be ('celsius',)"


def test_wrong_arguments_are_refused():
    """__init__ refuses missing, unknown, doubled and extra values with a clear TypeError."""
    refused(lambda: Point(1), "Point() is missing a value for 'y'", "Point(1)")
    refused(lambda: Book(author="Herbert"), "Book() is missing a value for 'title'", "Book(author='Herbert')")
    refused(lambda: Point(1, 2, z=3), "Point() has no field 'z'", "Point(1, 2, z=3)")
    refused(lambda: Point(1, 2, x=3), "Point() got two values for 'x'", "Point(1, 2, x=3)")
    refused(lambda: Point(1, 2, 3), "Point() takes 2 values, got 3", "Point(1, 2, 3)")
    refused(lambda: Book("a", "b", 1, (), "c"), "Book() takes 4 values, got 5", "Book('a', 'b', 1, (), 'c')")


def test_repr_shows_every_field():
    """__repr__ looks like the call that makes the object: Point(x=1, y=2)."""
    assert repr(make(Point, 1, 2)) == "Point(x=1, y=2)", "repr(Point(1, 2)) should be 'Point(x=1, y=2)'"
    assert repr(make(Book, "Dune", "Herbert", 412)) == "Book(title='Dune', author='Herbert', pages=412, tags=())", (
        "repr(Book('Dune', 'Herbert', 412)) should be \"Book(title='Dune', author='Herbert', "
        "pages=412, tags=())\": each field as name=repr(value), in order"
    )


def equal(left, right):
    """left == right, worked out by your __eq__ (both are your objects)."""
    return bool(left == right)


def test_equal_when_same_class_and_same_fields():
    """Two records are equal when they have the same class and the same field values."""
    assert equal(make(Point, 1, 2), make(Point, 1, 2)) is True, "Point(1, 2) == Point(1, 2) should be True"
    assert equal(make(Point, 1, 2), make(Point, 2, 1)) is False, "Point(1, 2) == Point(2, 1) should be False"
    assert equal(make(Point, 1, 2), make(Point, 1, 3)) is False, (
        "Point(1, 2) == Point(1, 3) should be False: every field must be equal"
    )
    assert bool(make(Point, 1, 2) != make(Point, 1, 2)) is False, "Point(1, 2) != Point(1, 2) should be False"
    assert equal(make(Book, "Dune", "Herbert"), make(Book, "Dune", "Herbert", 0, ())) is True, (
        "Book('Dune', 'Herbert') should equal Book('Dune', 'Herbert', 0, ())"
    )
    assert equal(make(Book, "Dune", "Herbert", 412), make(Book, "Dune", "Herbert", 413)) is False, (
        "Books that differ only in pages should not be equal"
    )


def test_another_class_is_not_equal():
    """A Point is never equal to a Vector, even with the same values."""
    assert equal(make(Point, 1, 2), make(Vector, 1, 2)) is False, (
        "Point(1, 2) == Vector(1, 2) should be False: records of different classes are not equal"
    )
    assert bool(make(Point, 1, 2) != make(Vector, 1, 2)) is True, "Point(1, 2) != Vector(1, 2) should be True"


def test_eq_lets_the_other_object_answer():
    """For another class, __eq__ returns NotImplemented, so the other object can answer."""
    assert equal(make(Point, 1, 2), Anything()) is True, (
        "Point(1, 2) == Anything() should be True: for an object of another class, __eq__ should "
        "return NotImplemented (not False), so that Python asks Anything, which says True"
    )


def test_records_are_not_hashable():
    """Like a dataclass, a record with a written __eq__ gets __hash__ = None."""
    with pytest.raises(TypeError):
        hash(make(Point, 1, 2))
        pytest.fail("hash(Point(1, 2)) should raise TypeError: when record adds __eq__, it should "
                    "also set __hash__ to None, as Python does for a class body with __eq__",
                    pytrace=False)


def test_methods_of_the_class_are_kept():
    """A method the class writes itself is kept; the others are still added."""
    warm = make(Temperature, 21.5)
    assert repr(warm) == "21.5 °C", "Temperature has its own __repr__: repr(Temperature(21.5)) should be '21.5 °C'"
    assert equal(warm, make(Temperature, 21.5)) is True, (
        "Temperature(21.5) == Temperature(21.5) should be True: record still adds __eq__"
    )
    red = make(Colour, " Red ")
    assert red.name == "Red", "Colour has its own __init__, which strips the name: record should keep it"
    assert equal(red, make(Colour, "RED")) is True and equal(make(Colour, "red"), red) is True, (
        "Colour has its own __eq__ (case-insensitive): Colour('Red') == Colour('RED') should be True"
    )
    assert equal(red, make(Colour, "Blue")) is False, "Colour('Red') == Colour('Blue') should be False"
    assert equal(red, make(Point, 1, 2)) is False, "Colour('Red') == Point(1, 2) should be False"
    assert hash(red) == hash(make(Colour, "RED")), (
        "Colour has its own __eq__ and __hash__: record should leave both alone, so "
        "hash(Colour('Red')) works"
    )
    assert repr(red) == "Colour(name='Red')", "Colour writes no __repr__: record adds one, Colour(name='Red')"


def test_record_gives_back_the_class():
    """record returns the class itself, changed, not a wrapper."""
    assert isinstance(Point, type), "Point should still be a class: record must return cls"
    assert isinstance(make(Point, 0, 0), Point), "Point(0, 0) should be an instance of Point"
