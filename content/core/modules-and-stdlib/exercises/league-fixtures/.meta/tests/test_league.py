from league import fixtures, kits, running_totals


def test_fixtures_for_three_teams():
    """Lists the three matches of a three-team league."""
    result = fixtures(["Ants", "Bees", "Cats"])
    assert isinstance(result, list), (
        "fixtures should return a list; itertools gives an iterator, so wrap it in list(...)"
    )
    assert result == [("Ants", "Bees"), ("Ants", "Cats"), ("Bees", "Cats")], (
        'fixtures(["Ants", "Bees", "Cats"]) should return '
        '[("Ants", "Bees"), ("Ants", "Cats"), ("Bees", "Cats")]: each pair of teams should meet once'
    )


def test_fixtures_for_four_teams_and_one():
    """Four teams play six matches; a lone team plays none."""
    result = fixtures(["A", "B", "C", "D"])
    assert result == [("A", "B"), ("A", "C"), ("A", "D"), ("B", "C"), ("B", "D"), ("C", "D")], (
        'fixtures(["A", "B", "C", "D"]) should return the 6 matches in order, each pair of teams once'
    )
    assert list(fixtures(["Solo"])) == [], (
        'fixtures(["Solo"]) should return []: one team has nobody to play'
    )


def test_running_totals():
    """Adds up the points after each match."""
    result = running_totals([3, 1, 0, 3])
    assert result == [3, 4, 4, 7], (
        "running_totals([3, 1, 0, 3]) should return [3, 4, 4, 7]: a list with the total after each match"
    )
    assert running_totals([]) == [], "running_totals([]) should return []: no matches, no totals"


def test_kits():
    """Pairs every shirt with every pair of shorts."""
    result = kits(["red", "blue"], ["white", "black"])
    assert result == [("red", "white"), ("red", "black"), ("blue", "white"), ("blue", "black")], (
        'kits(["red", "blue"], ["white", "black"]) should return all 4 kits: every shirt with every pair of shorts'
    )


def test_kits_with_uneven_lists():
    """Works when there are more shirts than shorts."""
    result = kits(["red", "blue", "gold"], ["white"])
    assert result == [("red", "white"), ("blue", "white"), ("gold", "white")], (
        'kits(["red", "blue", "gold"], ["white"]) should return 3 kits, one for each shirt'
    )
