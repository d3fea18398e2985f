from quiz import quiz_score


def test_all_right():
    """Every answer right gives full marks."""
    assert quiz_score(["b", "a", "d"], ["b", "a", "d"]) == 3, (
        'quiz_score(["b", "a", "d"], ["b", "a", "d"]) should return 3'
    )


def test_some_right():
    """Counts only the answers that match the key."""
    assert quiz_score(["b", "c", "d", "a"], ["b", "a", "d", "c"]) == 2, (
        'quiz_score(["b", "c", "d", "a"], ["b", "a", "d", "c"]) should return 2: '
        "questions 1 and 3 are right"
    )


def test_same_position_only():
    """An answer counts only when it matches the key at the same position."""
    assert quiz_score(["a", "b"], ["b", "a"]) == 0, (
        'quiz_score(["a", "b"], ["b", "a"]) should return 0: an answer only counts when it '
        "matches the key at the same position"
    )


def test_missing_answers():
    """Questions the student did not answer are wrong, not an error."""
    assert quiz_score(["b", "a"], ["b", "a", "d", "c"]) == 2, (
        'quiz_score(["b", "a"], ["b", "a", "d", "c"]) should return 2: '
        "the two missing answers are simply wrong"
    )
    assert quiz_score([], ["a", "b"]) == 0, 'quiz_score([], ["a", "b"]) should return 0'


def test_a_longer_quiz():
    """Marks a ten-question quiz."""
    key = ["a", "c", "c", "b", "d", "a", "b", "b", "c", "d"]
    answers = ["a", "c", "b", "b", "d", "d", "b", "a", "c", "d"]
    assert quiz_score(answers, key) == 7, "For the ten-question quiz the score should be 7"
