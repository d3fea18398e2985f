# HIDDEN-TEST-CANARY: this text must never reach a learner.
import pytest

from adder import Setting, Store, logged, retry


class FlakyError(ConnectionError):
    pass


def greet(name):
    """Say hello."""
    return f"hello {name}"


def test_wraps_copies_the_tests_functions_name_and_doc():
    wrapped = logged(greet)
    assert wrapped("ada") == "hello ada"
    assert wrapped.__name__ == "greet"
    assert wrapped.__doc__ == "Say hello."
    assert logged.__doc__ is None  # the learner's function's own docstring, not the proxy's


def test_a_retry_catches_an_exception_class_of_the_tests():
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise FlakyError("try again")
        return "done"

    assert retry(3, (FlakyError,))(flaky)() == "done"
    assert len(calls) == 3


def test_an_error_not_listed_is_not_retried():
    calls = []

    def broken():
        calls.append(1)
        raise KeyError("nope")

    with pytest.raises(KeyError):
        retry(3, (FlakyError,))(broken)()
    assert len(calls) == 1


def test_the_last_error_comes_back_as_the_same_family():
    def always():
        raise FlakyError("still down")

    with pytest.raises(ConnectionError, match="still down"):
        retry(2, (ConnectionError,))(always)()


def test_an_error_in_the_tests_block_reaches_exit_and_state_is_restored():
    store = Store()
    setting = Setting(store, "mode", "quiet")
    with pytest.raises(KeyError):
        with setting:
            assert store["mode"] == "quiet"
            raise KeyError("boom")
    assert store["mode"] == "normal"
    assert setting.seen == "KeyError"


def test_exit_may_swallow_the_tests_error():
    store = Store()
    setting = Setting(store, "mode", "quiet", swallow=(LookupError,))
    with setting:
        raise KeyError("swallowed")
    assert setting.seen == "KeyError"
    assert store["mode"] == "normal"


def test_a_clean_block_exits_with_nothing():
    store = Store()
    setting = Setting(store, "mode", "quiet")
    with setting:
        pass
    assert setting.seen is None


def test_a_key_error_of_the_tests_keeps_its_key():
    store = Store()
    setting = Setting(store, "mode", "quiet", swallow=(KeyError,))
    with setting:
        raise KeyError("cake")
    assert setting.seen == "KeyError"


def test_a_callbacks_error_arrives_with_its_arguments():
    from adder import describe_error

    def missing():
        raise KeyError("cake")

    assert describe_error(missing) == ("cake",)
