# HIDDEN-TEST-CANARY: this text must never reach a learner.
import io
from unittest import mock

import adder
from adder import Reactor, apply_all, count_words, first_line, give_back, notify, same_object


def test_a_file_like_object_read_iterated_and_closed():
    stream = io.StringIO("one two\nthree\n")
    assert count_words(stream) == 3
    assert stream.closed
    other = io.StringIO("first\nsecond\n")
    assert first_line(other) == "first"
    assert other.closed


def test_a_real_file_of_the_tests(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("a b c\nd\n")
    with open(path) as handle:
        assert count_words(handle) == 4


def test_a_mock_records_the_calls():
    sender = mock.Mock()
    assert notify(sender, "hi") == 1
    sender.send.assert_called_once_with("HI", urgent=True)


def test_callbacks_are_removed_by_identity():
    reactor = Reactor()
    seen = []
    callback = seen.append
    reactor.add_callback(callback)
    assert reactor.has(callback)
    assert reactor.fire(1) == 1
    reactor.remove_callback(callback)
    assert not reactor.has(callback)
    assert reactor.fire(2) == 0
    assert seen == [1]


def test_the_same_object_arrives_as_the_same_object():
    marker = object()
    assert same_object(marker, marker)
    assert not same_object(marker, object())
    assert give_back(marker) is marker
    assert apply_all([len, str.upper, lambda s: s * 2], "ab") == [2, "AB", "abab"]


class Suppressing:
    def __enter__(self):
        return self

    def __exit__(self, kind, error, tb):
        self.seen = (kind, str(error))
        return True


def test_exit_sees_the_learners_error_and_may_suppress_it():
    resource = Suppressing()
    assert adder.guarded(resource) == "went on"
    assert resource.seen == (ValueError, "boom")


def test_exit_of_a_mock_is_called_with_the_arguments_given():
    class Sock:
        def __exit__(self, kind, error, tb):
            return False

    real = Sock()
    inner = mock.MagicMock(wraps=real)
    inner.__exit__.side_effect = real.__exit__
    with adder.Wrapper(inner):
        pass
    inner.__exit__.assert_called_once_with(None, None, None)
