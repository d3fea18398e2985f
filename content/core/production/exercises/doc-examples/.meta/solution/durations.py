"""Durations such as 1h30m: read them from text and write them back.

The shop's settings and command-line tools take timeouts and delays the way
people write them (90s, 5m, 1h30m) rather than as a number of seconds.
"""

import re

UNITS = {"h": 3600, "m": 60, "s": 1}
PART = re.compile(r"(\d+)([hms])")


def parse_duration(text: str) -> int:
    """Read a duration such as "1h30m" and give it in seconds.

    The text is one or more parts, each a whole number and a unit: h (hours),
    m (minutes) or s (seconds). Capital letters and spaces around the text
    are allowed.

    Args:
        text: the duration as people write it, such as "90s" or "1h30m".

    Returns:
        The number of seconds, an int.

    Raises:
        ValueError: when the text is empty or not made of such parts.

    Examples:
        >>> parse_duration("1h30m")
        5400
        >>> parse_duration(" 45S ")
        45
        >>> parse_duration("90")
        Traceback (most recent call last):
        ...
        ValueError: not a duration: '90'
    """
    cleaned = text.strip().lower()
    if not cleaned or PART.sub("", cleaned):
        raise ValueError(f"not a duration: {text!r}")
    return sum(int(number) * UNITS[unit] for number, unit in PART.findall(cleaned))


def format_duration(seconds: int) -> str:
    """Write a number of seconds the way parse_duration reads it.

    Each unit appears only when it is not zero, from hours down to seconds.

    Args:
        seconds: a whole number of seconds, 0 or more.

    Returns:
        The duration as text, such as "1h30m"; "0s" for 0.

    Raises:
        ValueError: when seconds is negative.

    Examples:
        >>> format_duration(5430)
        '1h30m30s'
        >>> format_duration(0)
        '0s'
        >>> format_duration(-5)
        Traceback (most recent call last):
        ...
        ValueError: a duration cannot be negative: -5
    """
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative: {seconds}")
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{seconds}s" if seconds else ""]
    return "".join(parts) or "0s"
