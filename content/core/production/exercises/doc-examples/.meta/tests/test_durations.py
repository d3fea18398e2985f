"""The two functions still do what they did: documentation must not change behaviour."""

import pytest

import durations


def test_parse_duration():
    """parse_duration reads parts in h, m and s, with capitals and spaces around."""
    cases = {"1h30m": 5400, "45s": 45, "2m": 120, "1h": 3600, " 10M ": 600, "1H1M1S": 3661, "0s": 0,
             "30m1h": 5400, "100s": 100}
    for text, seconds in cases.items():
        assert durations.parse_duration(text) == seconds, (
            f"parse_duration({text!r}) should give {seconds}: keep the code of parse_duration as it was given"
        )


@pytest.mark.parametrize("text", ["", "   ", "90", "1h30", "1d", "h", "1 h", "1.5h", "-5s"])
def test_parse_duration_rejects_what_is_not_a_duration(text):
    """Text that is not made of number-and-unit parts raises ValueError, naming the text."""
    with pytest.raises(ValueError) as caught:
        durations.parse_duration(text)
    assert str(caught.value) == f"not a duration: {text!r}", (
        f"parse_duration({text!r}) should raise ValueError(\"not a duration: {text!r}\"): keep the code "
        "as it was given"
    )


def test_format_duration():
    """format_duration writes h, m and s, leaving out the units that are zero."""
    cases = {5430: "1h30m30s", 0: "0s", 45: "45s", 60: "1m", 3600: "1h", 3601: "1h1s", 7260: "2h1m",
             59: "59s", 90061: "25h1m1s"}
    for seconds, text in cases.items():
        assert durations.format_duration(seconds) == text, (
            f"format_duration({seconds}) should give {text!r}: keep the code of format_duration as it was given"
        )


def test_format_duration_rejects_negative_numbers():
    """A negative number raises ValueError."""
    with pytest.raises(ValueError, match="a duration cannot be negative: -1"):
        durations.format_duration(-1)
