from results import grades, initials, passed


def example():
    """A fresh copy of the example scores."""
    return {"Ada": 81, "amir": 50, "Bo": 45, "Cy": 67}


def test_passed():
    """Lists the pupils who passed, in the order of the dictionary."""
    result = passed(example())
    assert result is not None, "passed should return a list; it returned None"
    assert result == ["Ada", "amir", "Cy"], (
        "passed should return ['Ada', 'amir', 'Cy'] for the example: exactly 50 points "
        "is enough to pass, so use >= 50"
    )


def test_grades():
    """Gives every pupil a pass or a fail."""
    result = grades(example())
    assert result is not None, "grades should return a dictionary; it returned None"
    assert result == {"Ada": "pass", "amir": "pass", "Bo": "fail", "Cy": "pass"}, (
        "grades should return {'Ada': 'pass', 'amir': 'pass', 'Bo': 'fail', 'Cy': 'pass'} "
        "for the example: every pupil is in the dictionary, with \"pass\" or \"fail\""
    )


def test_initials():
    """Collects the first letters, in capitals, each once."""
    result = initials(example())
    assert isinstance(result, set), f"initials should return a set; it returned {result!r}"
    assert result == {"A", "B", "C"}, (
        "initials should return {'A', 'B', 'C'} for the example: the first letter of each "
        "name, in capitals (amir gives A)"
    )


def test_another_class():
    """Works for another class, not just the example."""
    scores = {"Zoe": 49, "Yan": 100, "zack": 0, "Xia": 50}
    assert passed(scores) == ["Yan", "Xia"], "For this class, passed should return ['Yan', 'Xia']"
    assert grades(scores) == {"Zoe": "fail", "Yan": "pass", "zack": "fail", "Xia": "pass"}, (
        "For this class, grades should return "
        "{'Zoe': 'fail', 'Yan': 'pass', 'zack': 'fail', 'Xia': 'pass'}"
    )
    assert initials(scores) == {"Z", "Y", "X"}, "For this class, initials should return {'X', 'Y', 'Z'}"


def test_leaves_scores_alone_and_empty_class():
    """Does not change the scores, and copes with an empty class."""
    scores = example()
    passed(scores)
    grades(scores)
    initials(scores)
    assert scores == example(), "The functions changed the scores dictionary they were given"
    assert passed({}) == [], "passed({}) should return an empty list []"
    assert grades({}) == {}, "grades({}) should return an empty dictionary {}"
    assert initials({}) == set(), "initials({}) should return an empty set"
