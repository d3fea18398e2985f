def parse(text):
    try:
        return int(text)
    except ValueError:
        return None


print(parse("12"), parse("twelve"))
