def read_int(text, default=0):
    if text.isdigit():
        return int(text)
    return default
