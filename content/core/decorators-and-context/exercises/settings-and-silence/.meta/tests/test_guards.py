import pytest
from guards import Ignore, TemporarySetting


class Settings(dict):
    """A dictionary of the tests. A plain dict would reach the learner's code as a copy
    (verified grading), so changes made after the call that received it would not show
    here; the learner's code reads and changes this one in place, as in one process."""


def make_settings():
    return Settings(currency="EUR", decimals=2)


def test_nothing_changes_before_the_block():
    """Making a TemporarySetting does not change the settings yet."""
    settings = make_settings()
    TemporarySetting(settings, "currency", "USD")
    assert settings == make_settings(), (
        "TemporarySetting(settings, ...) on its own should not change settings: change them "
        "in __enter__, when the block starts"
    )


def test_sets_the_value_inside_the_block():
    """Inside the block the key has the new value, and `as` gives the settings."""
    settings = make_settings()
    with TemporarySetting(settings, "currency", "USD") as inside:
        assert settings["currency"] == "USD", (
            'Inside `with TemporarySetting(settings, "currency", "USD")`, settings["currency"] '
            'should be "USD": set it in __enter__'
        )
        assert inside is settings, "`as` should give the settings dictionary: __enter__ should return it"


def test_puts_the_old_value_back():
    """After the block the old value is back, and the other keys are untouched."""
    settings = make_settings()
    with TemporarySetting(settings, "currency", "USD"):
        pass
    assert settings == {"currency": "EUR", "decimals": 2}, (
        'After the block, settings should be {"currency": "EUR", "decimals": 2} again: put the '
        "old value back in __exit__"
    )


def test_puts_it_back_even_when_the_block_raises():
    """The old value is back after an error, and the error reaches the caller."""
    settings = make_settings()
    with pytest.raises(RuntimeError):
        with TemporarySetting(settings, "currency", "USD"):
            raise RuntimeError("the report crashed")
        pytest.fail(
            "A RuntimeError raised inside the block should reach the caller: __exit__ should "
            "return False"
        )
    assert settings["currency"] == "EUR", (
        'After a block that raised, settings["currency"] should be "EUR" again: __exit__ runs '
        "even when the block raises, so put the old value back without looking at exc_type"
    )


def test_removes_a_new_key_again():
    """A key that was not there before is removed again, even after an error."""
    settings = make_settings()
    with TemporarySetting(settings, "debug", True):
        assert settings["debug"] is True, 'Inside the block, settings["debug"] should be True'
    assert "debug" not in settings, (
        'settings had no "debug" key before the block, so it should have none after it: '
        "remember in __enter__ whether the key was there, and delete it in __exit__ if not"
    )
    with pytest.raises(KeyError):
        with TemporarySetting(settings, "debug", True):
            settings["missing"]
    assert settings == make_settings(), (
        'After a block that raised, the new "debug" key should be removed too'
    )


def test_an_old_none_is_put_back():
    """An old value of None is put back, not removed."""
    settings = Settings(proxy=None)
    with TemporarySetting(settings, "proxy", "http://localhost:8080"):
        pass
    assert settings == {"proxy": None}, (
        'settings was {"proxy": None} before the block, so it should be {"proxy": None} after it: '
        "None is an old value too. Check whether the key was there with `key in settings`"
    )


def test_nested_settings():
    """Two nested TemporarySettings of one key each put back what they found."""
    settings = make_settings()
    with TemporarySetting(settings, "decimals", 0):
        with TemporarySetting(settings, "decimals", 4):
            assert settings["decimals"] == 4, "Inside both blocks, decimals should be 4"
        assert settings["decimals"] == 0, (
            "After the inner block, decimals should be back to 0, the value the inner block found"
        )
    assert settings["decimals"] == 2, "After both blocks, decimals should be back to 2"


def test_ignore_swallows_the_named_error():
    """An error of the given kind is swallowed and kept in error."""
    try:
        with Ignore(ValueError) as guard:
            float("free")
    except ValueError:
        pytest.fail(
            "Ignore(ValueError) should swallow a ValueError raised in the block, so that the "
            "program goes on after it: return True from __exit__ for an error of one of the kinds"
        )
    assert guard.error is not None, (
        "After a swallowed ValueError, guard.error should be that ValueError, not None: keep "
        "exc in self.error and return True from __exit__"
    )
    # The error lives on the learner's side: its repr names its class and its message.
    assert repr(guard.error) == repr(ValueError("could not convert string to float: 'free'")), (
        "After a swallowed ValueError, guard.error should be that ValueError, the very error "
        "raised in the block: keep exc (not exc_type) in self.error and return True from __exit__"
    )


def test_ignore_swallows_subclasses_and_several_kinds():
    """Subclasses of a kind count; several kinds can be given."""
    try:
        with Ignore(LookupError) as guard:
            ["tea", "coffee"][5]
    except IndexError:
        pytest.fail(
            "Ignore(LookupError) should swallow an IndexError, because IndexError is a subclass "
            "of LookupError: use issubclass(exc_type, self.kinds)"
        )
    assert repr(guard.error) == repr(IndexError("list index out of range")), (
        "Ignore(LookupError) should swallow an IndexError and keep it in error, because "
        "IndexError is a subclass of LookupError: use issubclass(exc_type, self.kinds)"
    )
    try:
        with Ignore(KeyError, ZeroDivisionError) as guard:
            1 / 0
    except ZeroDivisionError:
        pytest.fail("Ignore(KeyError, ZeroDivisionError) should swallow a ZeroDivisionError too")
    assert repr(guard.error) == repr(ZeroDivisionError("division by zero")), (
        "Ignore(KeyError, ZeroDivisionError) should swallow a ZeroDivisionError too"
    )


class PriceError(ValueError):
    """An error class of the tests' own, as a program would define one."""


def test_ignore_with_your_own_error_classes():
    """A kind can be a program's own error class; its parent is not swallowed by it."""
    try:
        with Ignore(PriceError) as guard:
            raise PriceError("a price cannot be negative")
    except PriceError:
        pytest.fail(
            "Ignore(PriceError) should swallow a PriceError raised in the block", pytrace=False
        )
    assert str(guard.error) == "a price cannot be negative", (
        "After a swallowed PriceError, guard.error should be that error"
    )
    with pytest.raises(ValueError):
        with Ignore(PriceError):
            raise ValueError("not a price problem")
        pytest.fail(
            "Ignore(PriceError) should let a plain ValueError carry on: ValueError is the parent "
            "of PriceError, not one of its kinds. issubclass(exc_type, self.kinds) asks the "
            "right question",
            pytrace=False,
        )
    try:
        with Ignore(ValueError):
            raise PriceError("too cheap")
    except PriceError:
        pytest.fail(
            "Ignore(ValueError) should swallow a PriceError, because PriceError is a subclass "
            "of ValueError: use issubclass(exc_type, self.kinds)",
            pytrace=False,
        )


def test_ignore_lets_other_errors_through():
    """Any other error carries on to the caller."""
    guard = Ignore(ValueError)
    with pytest.raises(TypeError):
        with guard:
            len(42)
        pytest.fail(
            "Ignore(ValueError) should let a TypeError carry on: return True only for the "
            "kinds it was given, False for any other error"
        )
    assert guard.error is None, "An error that was let through should not be kept in error"


def test_ignore_without_an_error():
    """No error: error is None, and `as` gives the Ignore itself."""
    guard = Ignore(ValueError)
    assert guard.error is None, "A new Ignore should have error = None"
    with guard as inside:
        total = 1 + 1
    assert inside is guard, "`as` should give the Ignore object: __enter__ should return self"
    assert guard.error is None, "When the block raises nothing, error should stay None"
    assert total == 2


def test_ignore_starts_each_block_afresh():
    """error is set back to None when a new block starts."""
    guard = Ignore(ValueError)
    with guard:
        int("ten")
    with guard:
        int("10")
    assert guard.error is None, (
        "After a first block that swallowed a ValueError and a second block without an error, "
        "error should be None: set self.error = None in __enter__"
    )
