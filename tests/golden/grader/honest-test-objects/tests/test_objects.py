# HIDDEN-TEST-CANARY: this text must never reach a learner.
import io
from unittest import mock

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
