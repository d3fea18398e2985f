from pathlib import Path


def convert_to_utf8(source, target):
    """Copy the Latin-1 text file source to target as UTF-8; return its number of lines."""
    source = Path(source)   # works for a str and for a Path
    target = Path(target)
    text = source.read_text(encoding="latin-1")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return len(text.splitlines())
