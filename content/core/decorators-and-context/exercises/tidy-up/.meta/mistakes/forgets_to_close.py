import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_directory(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


@contextmanager
def atomic_write(path):
    path = Path(path)
    part = path.with_name(path.name + ".part")
    file = open(part, "w", encoding="utf-8")
    try:
        yield file
    except BaseException:
        part.unlink()
        raise
    file.close()
    os.replace(part, path)
