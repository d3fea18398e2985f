def build_profile(name):
    """Return a dict with the name, a list of the hobbies, and one key per detail."""
    # Add parameters for any number of hobbies and any number of details,
    # then replace `pass` with your code.
    pass
