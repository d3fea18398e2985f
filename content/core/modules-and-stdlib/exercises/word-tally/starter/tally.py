# Import what you need from the collections module here.


def top_words(text, n):
    """Return the n most common words of text as (word, count) pairs, most common first."""
    # Replace `pass` with your code.
    pass


def group_by_length(words):
    """Return a dict mapping each word length to the list of words of that length."""
    # Replace `pass` with your code.
    pass
