from vowels import count_vowels


def test_banana():
    """Counts every vowel, not only the first one."""
    assert count_vowels("banana") == 3, (
        'count_vowels("banana") should return 3: look at every letter before returning the count'
    )


def test_capital_vowels():
    """Capital vowels count too."""
    assert count_vowels("AEIOU") == 5, 'count_vowels("AEIOU") should return 5: capital vowels count too'
    assert count_vowels("Ada Lovelace") == 6, (
        'count_vowels("Ada Lovelace") should return 6: the capital A counts too'
    )


def test_no_vowels():
    """A word without vowels gives 0."""
    assert count_vowels("rhythm") == 0, 'count_vowels("rhythm") should return 0'


def test_empty_text():
    """An empty text has no vowels."""
    assert count_vowels("") == 0, 'count_vowels("") should return 0: an empty text has no vowels'


def test_a_whole_sentence():
    """Skips spaces, digits and punctuation in a longer sentence."""
    assert count_vowels("Queueing for ICE CREAM, 2 scoops!") == 12, (
        'count_vowels("Queueing for ICE CREAM, 2 scoops!") should return 12'
    )
