def echo(text, times=2, sep=" "):
    return sep.join([text] * times)
