import pytest

from echo import echo


def test_two_copies_by_default():
    """Repeats twice with a space when only the text is given."""
    assert echo("ha") == "ha ha", 'echo("ha") should return "ha ha": times is 2 and sep is " " by default'


def test_times_as_second_argument():
    """Takes the number of copies as the second argument."""
    assert echo("ha", 3) == "ha ha ha", 'echo("ha", 3) should return "ha ha ha"'
    assert echo("go", times=1) == "go", 'echo("go", times=1) should return "go"'


def test_separator_by_keyword():
    """Puts sep between the copies, but not after the last one."""
    assert echo("ha", times=4, sep="-") == "ha-ha-ha-ha", (
        'echo("ha", times=4, sep="-") should return "ha-ha-ha-ha", with no "-" at the end'
    )
    assert echo("hip", sep=", ") == "hip, hip", 'echo("hip", sep=", ") should return "hip, hip"'


def test_zero_copies():
    """Zero copies give empty text."""
    assert echo("ha", 0) == "", 'echo("ha", 0) should return "" (empty text)'


def test_sep_is_keyword_only():
    """Refuses sep as a third positional argument."""
    with pytest.raises(TypeError):
        echo("ha", 3, "-")
        pytest.fail(
            'echo("ha", 3, "-") should fail with a TypeError: sep must be keyword-only '
            "(put a bare * before it in the def line)",
            pytrace=False,
        )
