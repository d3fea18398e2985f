# HIDDEN-TEST-CANARY: this text must never reach a learner.
import io
import unittest
from unittest import mock

import adder

FILE_TEXT = {"iliad.txt": "Achilles sing\nO goddess\n", "midsummer.txt": "I do entreat\n"}


def open_mock(fname, *args, **kwargs):
    try:
        return io.StringIO(FILE_TEXT[fname])
    except KeyError:
        raise RuntimeError(f"Expected one of {list(FILE_TEXT)!r}: got {fname!r}") from None


@mock.patch("adder.open", name="open", side_effect=open_mock, create=True)
class GrepTest(unittest.TestCase):
    def test_one_file(self, mock_file):
        self.assertEqual(adder.grep("goddess", ["iliad.txt"]), "iliad.txt:O goddess\n")
        mock_file.assert_called_once_with("iliad.txt")

    def test_two_files(self, mock_file):
        self.assertEqual(adder.grep("I", ["iliad.txt", "midsummer.txt"]), "midsummer.txt:I do entreat\n")
        self.assertEqual(mock_file.call_count, 2)


def test_mock_open():
    with mock.patch("adder.open", mock.mock_open(read_data="debug = true\n")) as opened:
        assert adder.read_config("app.cfg") == "debug = true"
    opened.assert_called_once_with("app.cfg")


def test_patch_object():
    with mock.patch.object(adder, "roll", return_value=6):
        assert adder.lucky()
    with mock.patch.object(adder, "roll", return_value=1):
        assert not adder.lucky()
    assert adder.roll() in range(1, 7)  # the original is back


def test_monkeypatch(monkeypatch):
    monkeypatch.setattr(adder, "greeting", lambda: "hi there")
    assert adder.shout() == "HI THERE"


def test_after_monkeypatch_the_original_is_back():
    assert adder.shout() == "HELLO"


def test_patch_object_on_a_learner_class():
    with mock.patch.object(adder.Dice, "roll", return_value=3) as rolled:
        assert adder.Dice().doubled() == 6
    rolled.assert_called_once_with()
    assert adder.Dice().doubled() in range(2, 13, 2)  # the learner's method is back


def test_monkeypatch_a_learner_class_with_a_function(monkeypatch):
    monkeypatch.setattr(adder.Dice, "roll", lambda self: self.sides)  # binds like a method
    assert adder.Dice().doubled() == 12
    monkeypatch.setattr(adder.Dice, "sides", 10)
    assert adder.Dice().doubled() == 20


def test_after_monkeypatch_the_class_is_restored():
    assert adder.Dice.sides == 6
    assert adder.Dice().doubled() in range(2, 13, 2)
