from matches import opponents, pairings, rematches

GAMES = [("Ada", "Bo"), ("Cy", "Ada"), ("Bo", "Ada"), ("Bo", "Cy"), ("Dee", "Cy")]


def pair(a, b):
    """The unordered pair of two names."""
    return frozenset({a, b})


def test_pairings():
    """Finds each pairing once, whatever the order of the names."""
    result = pairings(GAMES)
    assert result is not None, "pairings should return a set; it returned None"
    assert len(result) == 4, (
        "The example has 4 different pairings: Ada-Bo, Ada-Cy, Bo-Cy and Cy-Dee. "
        '("Ada", "Bo") and ("Bo", "Ada") are the same pairing, so it counts once'
    )
    assert result == {pair("Ada", "Bo"), pair("Ada", "Cy"), pair("Bo", "Cy"), pair("Cy", "Dee")}, (
        "pairings should return a set of frozensets, one per pairing: "
        '{frozenset({"Ada", "Bo"}), frozenset({"Ada", "Cy"}), ...}'
    )


def test_pairings_are_frozensets():
    """Each pairing is a frozenset of two names."""
    result = pairings([("Ada", "Bo")])
    assert isinstance(result, set), f"pairings should return a set; it returned {result!r}"
    assert result == {pair("Ada", "Bo")}, (
        'pairings([("Ada", "Bo")]) should return {frozenset({"Ada", "Bo"})}: '
        "turn each game into a frozenset with frozenset(game)"
    )


def test_opponents():
    """Finds every opponent, whether the player is named first or second."""
    assert opponents(GAMES, "Ada") == {"Bo", "Cy"}, (
        'opponents(games, "Ada") should return {"Bo", "Cy"}: look at both names of each '
        "game, whether the player is named first or second"
    )
    assert opponents(GAMES, "Dee") == {"Cy"}, 'opponents(games, "Dee") should return {"Cy"}'
    assert opponents(GAMES, "Eve") == set(), (
        'opponents(games, "Eve") should return an empty set: Eve played nobody'
    )


def test_rematches():
    """Finds the pairings that played more than once, in either order."""
    assert rematches(GAMES) == {pair("Ada", "Bo")}, (
        'rematches should return {frozenset({"Ada", "Bo"})} for the example: Ada and Bo met '
        'twice, once as ("Ada", "Bo") and once as ("Bo", "Ada")'
    )
    games = [("Kim", "Lu"), ("Kim", "Lu"), ("Lu", "Max")]
    assert rematches(games) == {pair("Kim", "Lu")}, (
        'rematches should return {frozenset({"Kim", "Lu"})} when Kim and Lu play twice in the same order'
    )


def test_no_games():
    """Copes with a club that played no games yet."""
    assert pairings([]) == set(), "pairings([]) should return an empty set"
    assert rematches([]) == set(), "rematches([]) should return an empty set"
    assert opponents([], "Ada") == set(), 'opponents([], "Ada") should return an empty set'
