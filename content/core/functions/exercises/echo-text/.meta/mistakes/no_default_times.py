def echo(text, times, *, sep=" "):
    return sep.join([text] * times)
