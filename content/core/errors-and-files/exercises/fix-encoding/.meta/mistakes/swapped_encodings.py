from pathlib import Path


def convert_to_utf8(source, target):
    text = Path(source).read_text(encoding="latin-1")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="latin-1")
    return len(text.splitlines())
