import tracemalloc

import pytest

import footprint
from footprint import Pixel, SlotPixel, bytes_per_instance

TOLERANCE = 3.0  # bytes per instance


class PlainReference:
    """The checks' own plain pixel, measured here, in the checks' process."""

    def __init__(self, x=0, y=0, colour="red"):
        self.x = x
        self.y = y
        self.colour = colour


class SlotReference:
    """The checks' own slotted pixel."""

    __slots__ = ("x", "y", "colour", "__weakref__")

    def __init__(self, x=0, y=0, colour="red"):
        self.x = x
        self.y = y
        self.colour = colour


def measured_here(cls, n):
    """What tracemalloc says one instance costs, measured live on this Python."""
    instances = [None] * n
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        for index in range(n):
            instances[index] = cls()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return (after - before) / n


def yours(cls, n):
    result = bytes_per_instance(cls, n)
    assert type(result) is float, (
        f"bytes_per_instance should return a float (the bytes divided by n with /), not "
        f"{type(result).__name__}"
    )
    return result


def subject_tracemalloc():
    """The tracemalloc module your code uses (in your code's process)."""
    try:
        return footprint.tracemalloc
    except AttributeError:
        pytest.fail(
            "The checks look at tracemalloc through your module: keep `import tracemalloc` at "
            "the top of footprint.py",
            pytrace=False,
        )


def test_both_pixels_keep_their_values():
    """Pixel and SlotPixel store x, y and colour; Pixel() is a red pixel at (0, 0)."""
    for cls in (Pixel, SlotPixel):
        pixel = cls(3, 4, "teal")
        assert (pixel.x, pixel.y, pixel.colour) == (3, 4, "teal"), (
            f"{cls.__name__}(3, 4, 'teal') should have x 3, y 4 and colour 'teal'"
        )
        pixel = cls()
        assert (pixel.x, pixel.y, pixel.colour) == (0, 0, "red"), (
            f"{cls.__name__}() should have x 0, y 0 and colour 'red' (keep the defaults)"
        )


def test_slot_pixel_has_no_dict():
    """SlotPixel declares __slots__: its instances have no __dict__ and take no new attributes."""
    assert hasattr(Pixel(1, 2, "red"), "__dict__"), "An ordinary Pixel has a __dict__ (leave Pixel as it is)"
    assert not hasattr(SlotPixel(1, 2, "red"), "__dict__"), (
        "A SlotPixel should have no __dict__: declare __slots__ with the names of its attributes"
    )
    pixel = SlotPixel(1, 2, "red")
    with pytest.raises(AttributeError):
        pixel.shade = "dark"
        pytest.fail(
            "Setting an attribute that is not in SlotPixel's __slots__ (pixel.shade = 'dark') "
            "should raise AttributeError",
            pytrace=False,
        )


def test_slot_pixel_allows_weak_references():
    """SlotPixel keeps a slot for weak references."""
    slots = getattr(SlotPixel, "__slots__", None)
    if slots is None:
        pytest.fail(
            "SlotPixel has no __slots__ yet: give the class a tuple __slots__ = (...) with x, y, "
            "colour and '__weakref__'",
            pytrace=False,
        )
    names = [slots] if isinstance(slots, str) else list(slots)
    assert sorted(names) == ["__weakref__", "colour", "x", "y"], (
        f"SlotPixel.__slots__ is {slots!r}; it should name x, y, colour and '__weakref__' (a "
        "class with __slots__ cannot be weakly referenced unless '__weakref__' is one of them)"
    )


def test_a_slotted_pixel_costs_what_this_python_says():
    """bytes_per_instance(SlotPixel, n) matches the checks' own tracemalloc measurement."""
    expected = measured_here(SlotReference, 2000)
    got = yours(SlotPixel, 2000)
    assert abs(got - expected) <= TOLERANCE, (
        f"bytes_per_instance(SlotPixel, 2000) gave {got:.1f}; the checks measured {expected:.1f} "
        "bytes for the same slotted pixel. Make the list of n places before tracemalloc.start(), "
        "keep every instance in it while you measure, read get_traced_memory() before and "
        "after, and divide the difference by n"
    )


def test_a_plain_pixel_costs_what_this_python_says():
    """bytes_per_instance(Pixel, n) matches the checks' own measurement, dict and all."""
    expected = measured_here(PlainReference, 2000)
    got = yours(Pixel, 2000)
    assert abs(got - expected) <= TOLERANCE, (
        f"bytes_per_instance(Pixel, 2000) gave {got:.1f}; the checks measured {expected:.1f} "
        "bytes for the same plain pixel. tracemalloc sees everything an instance allocates "
        "(sys.getsizeof only counts the object itself, not its attribute storage)"
    )


def test_slots_make_the_pixel_lighter():
    """A SlotPixel costs less than a Pixel, whatever n."""
    plain, slotted = yours(Pixel, 500), yours(SlotPixel, 500)
    assert slotted < plain, (
        f"With n=500, a SlotPixel cost {slotted:.1f} bytes and a Pixel {plain:.1f}: the slotted "
        "one should be lighter"
    )
    expected = measured_here(SlotReference, 500)
    assert abs(slotted - expected) <= TOLERANCE, (
        f"bytes_per_instance(SlotPixel, 500) gave {slotted:.1f}, the checks measured "
        f"{expected:.1f}: make n instances and divide by that n"
    )


def test_tracing_is_stopped_afterwards():
    """bytes_per_instance stops tracemalloc when it started it."""
    tracing = subject_tracemalloc()
    if tracing.is_tracing():
        tracing.stop()  # left on by an earlier call: see what this call does
    bytes_per_instance(SlotPixel, 100)
    assert tracing.is_tracing() is False, (
        "After bytes_per_instance returned, tracemalloc was still tracing: call "
        "tracemalloc.stop() when you are done (tracing slows every allocation down)"
    )


def test_tracing_started_by_the_caller_stays_on():
    """When tracemalloc is already tracing, bytes_per_instance measures and leaves it on."""
    expected = measured_here(SlotReference, 2000)
    tracing = subject_tracemalloc()
    tracing.start()
    try:
        got = yours(SlotPixel, 2000)
        still = tracing.is_tracing()
    finally:
        tracing.stop()
    assert abs(got - expected) <= TOLERANCE, (
        f"With tracemalloc already tracing, bytes_per_instance(SlotPixel, 2000) gave {got:.1f}; "
        f"the checks measured {expected:.1f}. Other memory is traced already: only the "
        "difference between your two readings counts"
    )
    assert still is True, (
        "tracemalloc was tracing before bytes_per_instance was called (the caller is measuring "
        "something), and your function stopped it: only stop tracing if you started it, and "
        "leave it on otherwise (tracemalloc.is_tracing() tells you)"
    )
