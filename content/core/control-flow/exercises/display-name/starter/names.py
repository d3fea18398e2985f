def display_name(nickname, full_name):
    """Return the nickname if there is one, else the full name, else "Anonymous"."""
    # Replace `pass` with your code.
    pass
