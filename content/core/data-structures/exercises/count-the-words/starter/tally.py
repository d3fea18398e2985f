def count_words(text):
    """Return a dictionary that maps each lower-case word of text to how often it appears."""
    # Replace `pass` with your code.
    pass
