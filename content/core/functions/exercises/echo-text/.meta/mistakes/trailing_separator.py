def echo(text, times=2, *, sep=" "):
    result = ""
    for _ in range(times):
        result += text + sep
    return result
