from friends import everyone, in_common, suggest

MINE = ["Ada", "Bo", "Cy", "Bo"]
YOURS = ["Bo", "Cy", "Dee"]


def test_returns_sets():
    """Each function gives back a set."""
    for name, function in [("in_common", in_common), ("suggest", suggest), ("everyone", everyone)]:
        result = function(MINE, YOURS)
        assert isinstance(result, set), (
            f"{name} should return a set, such as {{'Bo', 'Cy'}}; it returned {result!r}"
        )


def test_in_common():
    """Finds the people on both lists."""
    assert in_common(MINE, YOURS) == {"Bo", "Cy"}, (
        "in_common should return {'Bo', 'Cy'} for the example: only the people on both lists"
    )


def test_suggest():
    """Suggests the people only your friend knows."""
    assert suggest(MINE, YOURS) == {"Dee"}, (
        "suggest should return {'Dee'} for the example: the names on yours that are not "
        "on mine (not the other way round)"
    )


def test_everyone():
    """Lists everybody on either list, once each."""
    assert everyone(MINE, YOURS) == {"Ada", "Bo", "Cy", "Dee"}, (
        "everyone should return {'Ada', 'Bo', 'Cy', 'Dee'} for the example"
    )


def test_nobody_fits():
    """Gives an empty set when nobody fits."""
    assert in_common(["Ada"], ["Bo"]) == set(), (
        'in_common(["Ada"], ["Bo"]) should return an empty set: they have no friend in common'
    )
    assert suggest(["Ada", "Bo"], ["Bo", "Bo"]) == set(), (
        'suggest(["Ada", "Bo"], ["Bo", "Bo"]) should return an empty set: you already know Bo'
    )
