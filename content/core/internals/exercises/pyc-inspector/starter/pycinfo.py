"""Read a .pyc file: its 16-byte header, then the code object marshal wrote after it."""

import importlib.util
import marshal
import os
import types


def read_pyc(path: str) -> dict:
    """What a .pyc file says about itself and about the source it was compiled from."""
    raise NotImplementedError("read_pyc is not written yet")


def is_stale(source_path: str, pyc_path: str) -> bool:
    """Would import compile the source again instead of using this .pyc?"""
    raise NotImplementedError("is_stale is not written yet")
