def count_words(text):
    """Return a dictionary that maps each lower-case word of text to how often it appears."""
    counts = {}
    # split() with no argument cuts at any run of spaces and line breaks.
    for word in text.lower().split():
        # get() gives 0 for a word we have not seen yet, so no KeyError.
        counts[word] = counts.get(word, 0) + 1
    return counts
