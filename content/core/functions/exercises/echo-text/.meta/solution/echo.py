def echo(text, times=2, *, sep=" "):
    """Return text repeated `times` times (default 2), joined by the keyword-only sep (default " ")."""
    # Parameters after the bare * can only be given by name: echo("ha", sep="-").
    # [text] * times is a list of copies; join puts sep between them, not after the last.
    return sep.join([text] * times)
