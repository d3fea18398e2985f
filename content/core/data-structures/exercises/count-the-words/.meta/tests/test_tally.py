from tally import count_words


def test_example_sentence():
    """Counts the words of the example sentence."""
    result = count_words("The cat and the hat")
    assert result is not None, "count_words should return a dictionary; it returned None"
    assert result == {"the": 2, "cat": 1, "and": 1, "hat": 1}, (
        'count_words("The cat and the hat") should return '
        "{'the': 2, 'cat': 1, 'and': 1, 'hat': 1}"
    )


def test_counts_repeated_words():
    """Counts a word that appears many times."""
    result = count_words("go go go stop go")
    assert result == {"go": 4, "stop": 1}, (
        'count_words("go go go stop go") should return {\'go\': 4, \'stop\': 1}: '
        "each time a word turns up again, add 1 to its count"
    )


def test_ignores_capitals():
    """Treats words with and without capitals as the same word."""
    result = count_words("Tea tea TEA")
    assert result == {"tea": 3}, (
        'count_words("Tea tea TEA") should return {\'tea\': 3}: ignore capitals '
        "and use the lower-case word as the key"
    )


def test_extra_spaces_and_line_breaks():
    """Is not fooled by several spaces or line breaks between words."""
    result = count_words("  one two\n\ntwo   one\none ")
    assert result == {"one": 3, "two": 2}, (
        "For words separated by several spaces and line breaks, count_words should return "
        "{'one': 3, 'two': 2}. text.split() with nothing between the brackets handles any "
        "run of spaces and line breaks"
    )


def test_empty_text():
    """A text without words gives an empty dictionary."""
    assert count_words("") == {}, 'count_words("") should return an empty dictionary {}'
    assert count_words("   ") == {}, 'count_words("   ") should return an empty dictionary {}'
