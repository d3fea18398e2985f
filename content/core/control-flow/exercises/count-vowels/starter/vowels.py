def count_vowels(text):
    """Return how many vowels (a, e, i, o, u, small or capital) are in text."""
    # Replace `pass` with your code.
    pass
