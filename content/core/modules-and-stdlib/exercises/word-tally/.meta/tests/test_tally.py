from tally import group_by_length, top_words


def test_counts_the_example():
    """Finds the two most common words of the example."""
    assert top_words("The cat and the hat. The end!", 2) == [("the", 3), ("cat", 1)], (
        'top_words("The cat and the hat. The end!", 2) should return [("the", 3), ("cat", 1)]'
    )


def test_ignores_capitals():
    """Counts The, THE and the as one word."""
    assert top_words("Tea tea TEA coffee", 5) == [("tea", 3), ("coffee", 1)], (
        'top_words("Tea tea TEA coffee", 5) should return [("tea", 3), ("coffee", 1)]: '
        "count words regardless of capitals, in lower case"
    )


def test_ignores_punctuation():
    """Leaves out the punctuation .,!? around words."""
    result = top_words("Stop! Stop, stop. Why stop? Go !", 3)
    assert result == [("stop", 4), ("why", 1), ("go", 1)], (
        'top_words("Stop! Stop, stop. Why stop? Go !", 3) should return '
        '[("stop", 4), ("why", 1), ("go", 1)]: strip .,!? from the ends of each word '
        "and skip what is left empty"
    )


def test_gives_only_n_words():
    """Returns only the n most common words, ties in the order first seen."""
    assert top_words("b a b a c d", 3) == [("b", 2), ("a", 2), ("c", 1)], (
        'top_words("b a b a c d", 3) should return only the 3 most common words: '
        '[("b", 2), ("a", 2), ("c", 1)]'
    )
    assert top_words("one two", 1) == [("one", 1)], (
        'top_words("one two", 1) should return only the n most common words: [("one", 1)]'
    )


def test_groups_by_length():
    """Groups words by their length, keeping their order."""
    result = group_by_length(["ox", "cat", "be", "dog", "a", "ox"])
    assert result == {2: ["ox", "be", "ox"], 3: ["cat", "dog"], 1: ["a"]}, (
        'group_by_length(["ox", "cat", "be", "dog", "a", "ox"]) should return '
        '{2: ["ox", "be", "ox"], 3: ["cat", "dog"], 1: ["a"]}'
    )


def test_groups_nothing():
    """An empty list gives an empty dictionary."""
    assert group_by_length([]) == {}, "group_by_length([]) should return an empty dictionary {}"
