def convert_to_utf8(source, target):
    text = source.read_text(encoding="latin-1")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return len(text.splitlines())
