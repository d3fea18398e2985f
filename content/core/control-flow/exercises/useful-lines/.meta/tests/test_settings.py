from settings import useful_lines


def test_the_example_file():
    """Reads the example file from the instructions."""
    lines = [
        "# Settings for Space Snake",
        "player = Ada",
        "",
        "  # level = 1   (old)",
        "level = 3",
        "END",
        "level = 99 (notes below END are ignored)",
    ]
    assert useful_lines(lines) == ["player = Ada", "level = 3"], (
        'For the example file, useful_lines should return ["player = Ada", "level = 3"]'
    )


def test_skips_blank_lines_and_goes_on():
    """A blank line is skipped, and the lines after it still count."""
    lines = ["sound = on", "", "   ", "music = off"]
    assert useful_lines(lines) == ["sound = on", "music = off"], (
        'useful_lines(["sound = on", "", "   ", "music = off"]) should return ["sound = on", "music = off"]: '
        "a blank line should be skipped, not end the reading"
    )


def test_skips_comments():
    """Skips comment lines, also when there are spaces before the #."""
    lines = ["# colours", "  # colour = red", "colour = blue"]
    assert useful_lines(lines) == ["colour = blue"], (
        'useful_lines(["# colours", "  # colour = red", "colour = blue"]) should return ["colour = blue"]: '
        "comment lines start with # (spaces before the # do not matter)"
    )


def test_stops_at_end():
    """Nothing after the END line counts."""
    lines = ["lives = 3", "END", "lives = 100", "speed = 9"]
    assert useful_lines(lines) == ["lives = 3"], (
        'useful_lines(["lives = 3", "END", "lives = 100", "speed = 9"]) should return ["lives = 3"]: '
        "nothing after the line END should be returned"
    )


def test_strips_spaces():
    """Returns each line without the spaces at its start and end."""
    lines = ["  name = Grace  ", "level = 2   "]
    assert useful_lines(lines) == ["name = Grace", "level = 2"], (
        'useful_lines(["  name = Grace  ", "level = 2   "]) should return ["name = Grace", "level = 2"]: '
        "each line without the spaces at its start and end"
    )


def test_only_exactly_end_stops():
    """Only a line that is exactly END stops the reading; ENDING = happy does not."""
    lines = ["ENDING = happy", "   END   ", "ignored = yes"]
    assert useful_lines(lines) == ["ENDING = happy"], (
        'useful_lines(["ENDING = happy", "   END   ", "ignored = yes"]) should return ["ENDING = happy"]: '
        "only a line that is exactly END (spaces around it do not matter) stops the reading"
    )


def test_no_end_line():
    """Without an END line, every useful line counts."""
    assert useful_lines(["a = 1", "b = 2"]) == ["a = 1", "b = 2"], (
        'useful_lines(["a = 1", "b = 2"]) should return ["a = 1", "b = 2"]'
    )
    assert useful_lines([]) == [], "useful_lines([]) should return []"
