def useful_lines(lines):
    """Return the stripped lines up to END, without blank lines and # comments."""
    # Replace `pass` with your code.
    pass
