"""Read a .pyc file: its 16-byte header, then the code object marshal wrote after it."""

import importlib.util
import marshal
import os
import types


def read_pyc(path: str) -> dict:
    """What a .pyc file says about itself and about the source it was compiled from."""
    with open(path, "rb") as file:
        data = file.read()
    if data[:4] != importlib.util.MAGIC_NUMBER:
        raise ValueError(f"{path} is not a .pyc of this Python: bad magic number")
    flags = int.from_bytes(data[4:8], "little")
    info: dict = {"flags": flags, "mtime": None, "source_size": None, "source_hash": None}
    if flags & 0b01:  # hash-based (PEP 552): bytes 8-16 are a hash of the source
        info["kind"] = "checked-hash" if flags & 0b10 else "unchecked-hash"
        info["source_hash"] = data[8:16].hex()
    else:  # the classic kind: the source's modification time and size
        info["kind"] = "timestamp"
        info["mtime"] = int.from_bytes(data[8:12], "little")
        info["source_size"] = int.from_bytes(data[12:16], "little")
    code = marshal.loads(data)  # the module's code object, as compile() made it
    info["filename"] = code.co_filename
    info["names"] = list(code.co_names)
    info["code_objects"] = sorted(c.co_name for c in code.co_consts if isinstance(c, types.CodeType))
    return info


def is_stale(source_path: str, pyc_path: str) -> bool:
    """Would import compile the source again instead of using this .pyc?"""
    info = read_pyc(pyc_path)
    if info["kind"] == "unchecked-hash":
        return False  # import never looks at the source for these
    with open(source_path, "rb") as file:
        source = file.read()
    if info["kind"] == "checked-hash":
        return importlib.util.source_hash(source).hex() != info["source_hash"]
    mtime = int(os.stat(source_path).st_mtime) & 0xFFFFFFFF
    return mtime != info["mtime"] or len(source) & 0xFFFFFFFF != info["source_size"]
