def echo(text):
    """Return text repeated `times` times (default 2), joined by the keyword-only sep (default " ")."""
    # Add the parameters `times` and `sep` to the def line, then replace `pass`.
    pass
