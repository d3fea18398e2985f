def clean_tags(tags):
    """Return a new list: each tag stripped and in small letters, blank tags left out."""
    # Replace `pass` with your code.
    pass
