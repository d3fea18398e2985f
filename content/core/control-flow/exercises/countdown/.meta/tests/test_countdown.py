from countdown import countdown


def printed_lines(capsys, start):
    """Call countdown(start) and give back the lines it printed."""
    countdown(start)
    return capsys.readouterr().out.splitlines()


def test_from_three(capsys):
    """countdown(3) prints 3, 2, 1 and Liftoff!"""
    lines = printed_lines(capsys, 3)
    assert lines == ["3", "2", "1", "Liftoff!"], (
        "countdown(3) should count down and print four lines: 3, 2, 1, then Liftoff!"
    )


def test_ends_with_one_then_liftoff(capsys):
    """The last number before Liftoff! is 1."""
    lines = printed_lines(capsys, 5)
    assert lines[-2:] == ["1", "Liftoff!"], (
        "countdown(5) should end with 1 and then Liftoff!: the last number before Liftoff! is 1, "
        "not 2 and not 0"
    )


def test_from_ten(capsys):
    """Counts down from 10."""
    lines = printed_lines(capsys, 10)
    expected = ["10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "Liftoff!"]
    assert lines == expected, "countdown(10) should print 10, 9, 8, ... 1, each on its own line, then Liftoff!"


def test_from_one(capsys):
    """countdown(1) prints 1 and Liftoff!"""
    lines = printed_lines(capsys, 1)
    assert lines == ["1", "Liftoff!"], "countdown(1) should print 1, then Liftoff!"


def test_from_zero(capsys):
    """countdown(0) has nothing to count and prints only Liftoff!"""
    lines = printed_lines(capsys, 0)
    assert lines == ["Liftoff!"], "countdown(0) has nothing to count: it should print only Liftoff!"
