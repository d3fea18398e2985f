from pathlib import Path


def convert_to_utf8(source, target):
    text = Path(source).read_text(encoding="latin-1")
    Path(target).write_text(text, encoding="utf-8")
    return len(text.splitlines())
