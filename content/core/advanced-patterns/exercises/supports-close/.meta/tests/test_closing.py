import pytest

import gadgets
from closing import SupportsClose, can_close, close_all


def fits(thing, what):
    """isinstance(thing, SupportsClose), with a plain failure when the protocol is not runtime-checkable."""
    try:
        return isinstance(thing, SupportsClose)
    except TypeError as error:
        pytest.fail(f"isinstance({what}, SupportsClose) raised TypeError: {error}. Decorate the protocol "
                    "with @runtime_checkable", pytrace=False)


def doors(*names):
    log = gadgets.Log()
    return log, [gadgets.Door(name, log) for name in names]


def closed(things):
    try:
        return close_all(things)
    except (TypeError, OSError, NotImplementedError) as error:
        pytest.fail(f"close_all should close these things, but it raised {type(error).__name__}: {error}",
                    pytrace=False)


def test_the_protocol_is_checked_by_structure():
    """isinstance(x, SupportsClose) is True for any object with a close attribute, whatever its class."""
    assert fits(gadgets.Door("front", gadgets.Log()), "Door(...)") is True, (
        "isinstance(Door(...), SupportsClose) should be True: Door has a close() method, and a "
        "protocol checks the structure, not the parent classes. Declare `def close(self) -> None: ...` "
        "in SupportsClose"
    )
    assert fits(gadgets.Notebook(), "Notebook()") is False, (
        "isinstance(Notebook(), SupportsClose) should be False: a Notebook has no close"
    )
    assert fits(gadgets.Blocked(), "Blocked()") is False, (
        "isinstance(Blocked(), SupportsClose) should be False: close = None means 'not supported'"
    )


def test_what_the_runtime_check_does_not_see():
    """The runtime check looks only for the name: a close with a parameter, or a string, passes."""
    assert fits(gadgets.Valve(), "Valve()") is True, (
        "isinstance(Valve(), SupportsClose) should be True: the runtime check does not look at parameters"
    )
    assert fits(gadgets.Label(), "Label()") is True, (
        "isinstance(Label(), SupportsClose) should be True: the runtime check only looks for an "
        "attribute called close (here a string)"
    )


def test_can_close():
    """can_close is True only when the protocol fits AND close is callable."""
    cases = [
        (gadgets.Door("front", gadgets.Log()), "Door(...)", True),
        (gadgets.Valve(), "Valve()", True),
        (gadgets.Label(), "Label()", False),
        (gadgets.Blocked(), "Blocked()", False),
        (gadgets.Notebook(), "Notebook()", False),
        (42, "42", False),
        ("front door", "'front door'", False),
    ]
    for thing, shown, expected in cases:
        try:
            answer = can_close(thing)
        except (TypeError, NotImplementedError) as error:
            pytest.fail(f"can_close({shown}) raised {type(error).__name__}: {error}", pytrace=False)
        assert answer is expected, (
            f"can_close({shown}) should be {expected}: isinstance(thing, SupportsClose) and "
            "callable(thing.close)"
        )


def test_close_all_closes_the_last_first():
    """close_all closes every thing, the last one first, and returns how many."""
    log, things = doors("front", "back", "garage")
    count = closed(things)
    assert log.lines == ["closed garage", "closed back", "closed front"], (
        f"close_all closed in the order {log.lines}; it should close the last one first: "
        "garage, back, front (like contextlib.ExitStack: last opened, first closed)"
    )
    assert count == 3, "close_all of three doors should return 3"
    assert closed([]) == 0, "close_all([]) should return 0"


def test_close_all_takes_any_iterable():
    """close_all works on a tuple or an iterator too, not only a list."""
    log, things = doors("a", "b")
    assert closed(tuple(things)) == 2 and log.lines == ["closed b", "closed a"], (
        "close_all of a tuple of two doors should close b, then a, and return 2"
    )
    log, things = doors("c", "d")
    assert closed(iter(things)) == 2 and log.lines == ["closed d", "closed c"], (
        "close_all(iter(doors)) should work too: make a list of the things first"
    )


def test_something_without_close_is_refused_first():
    """One thing without close: TypeError naming its position and type, and nothing is closed."""
    log, things = doors("front", "back")
    with pytest.raises(TypeError) as caught:
        close_all([things[0], "back door", things[1]])
        pytest.fail("close_all([door, 'back door', door]) should raise TypeError: a str has no close()",
                    pytrace=False)
    assert str(caught.value) == "item 1 is a str: it has no close()", (
        "The error should say 'item 1 is a str: it has no close()'"
    )
    assert log.lines == [], (
        f"The doors were closed ({log.lines}) before the string was found: check every thing "
        "first, then close them"
    )
    with pytest.raises(TypeError) as caught:
        close_all([gadgets.Blocked()])
        pytest.fail("close_all([Blocked()]) should raise TypeError: a close set to None counts as "
                    "no close at all", pytrace=False)
    assert str(caught.value) == "item 0 is a Blocked: it has no close()", (
        "close_all([Blocked()]) should say 'item 0 is a Blocked: it has no close()'"
    )


def test_a_close_that_is_not_callable_is_refused():
    """A close attribute that is not callable is refused too, before anything is closed."""
    log, things = doors("front")
    with pytest.raises(TypeError) as caught:
        close_all([things[0], gadgets.Label()])
        pytest.fail("close_all([door, Label()]) should raise TypeError: Label's close is a string. "
                    "isinstance alone says yes: check callable(thing.close) as well", pytrace=False)
    assert str(caught.value) == "item 1 is a Label: its close is not callable", (
        "The error should say 'item 1 is a Label: its close is not callable': isinstance alone "
        "says yes for a Label, so check callable(thing.close) as well, before closing anything"
    )
    assert log.lines == [], "Nothing should be closed when one thing is refused"


def test_one_failing_close_does_not_stop_the_others():
    """If a close() raises, the others are still closed, then that error is raised."""
    log = gadgets.Log()
    things = [gadgets.Door("front", log), gadgets.StuckDoor("cellar", log), gadgets.Door("back", log)]
    with pytest.raises(OSError) as caught:
        close_all(things)
        pytest.fail("close_all should raise the OSError of the stuck door, after closing the others",
                    pytrace=False)
    assert log.lines == ["closed back", "tried cellar", "closed front"], (
        f"The log is {log.lines}; the front door should still be closed after the cellar door "
        "failed: catch the error, go on closing, and raise it at the end"
    )
    assert str(caught.value) == "cellar is stuck", "The error raised should be the stuck door's: 'cellar is stuck'"


def test_the_first_error_wins():
    """With two failures, the first one met (in closing order) is raised."""
    log = gadgets.Log()
    things = [gadgets.StuckDoor("attic", log), gadgets.Door("front", log), gadgets.StuckDoor("shed", log)]
    with pytest.raises(OSError) as caught:
        close_all(things)
        pytest.fail("close_all with two stuck doors should raise an OSError after trying every door",
                    pytrace=False)
    assert log.lines == ["tried shed", "closed front", "tried attic"], f"Every door should be tried: {log.lines}"
    assert str(caught.value) == "shed is stuck", (
        "With two stuck doors, the first error met should be raised: 'shed is stuck' (the shed is "
        "closed first, being last in the list)"
    )
