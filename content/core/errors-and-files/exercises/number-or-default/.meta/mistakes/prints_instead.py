def read_int(text, default=0):
    try:
        return int(text)
    except ValueError:
        print("Not a number:", text)
