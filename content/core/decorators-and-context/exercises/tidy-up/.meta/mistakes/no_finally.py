import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_directory(path):
    """Make path the current working directory for one with block, then go back."""
    previous = os.getcwd()
    os.chdir(path)
    yield
    os.chdir(previous)


@contextmanager
def atomic_write(path):
    """Give a file to write; it replaces path only if the with block finishes."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        # The inner with closes the part file however the block ends.
        with open(part, "w", encoding="utf-8") as file:
            yield file
    except BaseException:
        part.unlink()  # throw the half-written file away; path is untouched
        raise
    os.replace(part, path)
