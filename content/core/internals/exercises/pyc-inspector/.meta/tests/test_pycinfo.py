import importlib.util
import marshal
import os
import py_compile

import pytest

from pycinfo import is_stale, read_pyc

SOURCE = (
    b'"""Prices with tax."""\n'
    b"import math\n\n"
    b"RATE = 0.2\n\n\n"
    b"def with_tax(price):\n"
    b"    return round(price * (1 + RATE), 2)\n\n\n"
    b"class Shelf:\n"
    b"    pass\n\n\n"
    b"print(with_tax(10), math.pi)\n"
)
MTIME = 1_700_000_001  # 14 November 2023, as seconds since 1970
TIMESTAMP = py_compile.PycInvalidationMode.TIMESTAMP
CHECKED = py_compile.PycInvalidationMode.CHECKED_HASH
UNCHECKED = py_compile.PycInvalidationMode.UNCHECKED_HASH


def compiled(tmp_path, mode):
    """prices.py written with a known modification time, compiled to a .pyc by py_compile."""
    source = tmp_path / "prices.py"
    source.write_bytes(SOURCE)
    os.utime(source, (MTIME, MTIME))
    pyc = tmp_path / f"prices.{mode.name.lower()}.pyc"
    py_compile.compile(str(source), cfile=str(pyc), doraise=True, invalidation_mode=mode)
    return str(source), str(pyc)


def edit(source, content, mtime=MTIME):
    with open(source, "wb") as file:
        file.write(content)
    os.utime(source, (mtime, mtime))


def read(pyc):
    """read_pyc's answer, with a plain failure when marshal is given the wrong bytes."""
    try:
        return read_pyc(pyc)
    except (ValueError, EOFError, TypeError) as error:
        if "marshal" not in str(error):
            raise
        pytest.fail(
            f"read_pyc raised {type(error).__name__}: {error}. marshal.loads needs the bytes of "
            "the code object alone: the header is the first 16 bytes, so give it data[16:]",
            pytrace=False,
        )


def info_of(pyc, label):
    info = read(pyc)
    assert isinstance(info, dict), f"read_pyc should return a dict, not {type(info).__name__}"
    keys = {"kind", "flags", "mtime", "source_size", "source_hash", "filename", "names", "code_objects"}
    assert set(info) == keys, f"read_pyc of a {label} .pyc should return a dict with the keys {sorted(keys)}, not {sorted(info)}"
    return info


def test_timestamp_header(tmp_path):
    """A timestamp .pyc: flags 0, then the source's mtime and size, little-endian."""
    _, pyc = compiled(tmp_path, TIMESTAMP)
    info = info_of(pyc, "timestamp")
    assert (info["kind"], info["flags"]) == ("timestamp", 0), (
        "read_pyc of a timestamp .pyc should give kind 'timestamp' and flags 0 (bytes 4-8, "
        "little-endian)"
    )
    assert info["mtime"] == MTIME, (
        f"The mtime of this .pyc should be {MTIME}, the source's modification time: bytes 8-12 "
        "read with int.from_bytes(..., 'little')"
    )
    assert info["source_size"] == len(SOURCE), (
        f"The source_size of this .pyc should be {len(SOURCE)}, the number of bytes of prices.py: "
        "bytes 12-16, little-endian"
    )
    assert info["source_hash"] is None, "A timestamp .pyc has no source hash: source_hash should be None"


def test_every_field_is_four_bytes(tmp_path):
    """Each header field is a whole 4-byte little-endian int, high byte included."""
    header = importlib.util.MAGIC_NUMBER + bytes([0, 0, 0, 4]) + bytes([0x98, 0xBA, 0xDC, 0xFE]) + bytes([4, 3, 2, 1])
    made = tmp_path / "made.pyc"
    made.write_bytes(header + marshal.dumps(compile("x = 1", "made.py", "exec")))
    info = info_of(str(made), "hand-made")
    assert (info["flags"], info["mtime"], info["source_size"]) == (0x04000000, 0xFEDCBA98, 0x01020304), (
        f"read_pyc of a hand-made header with flags bytes 00 00 00 04, mtime bytes 98 BA DC FE and "
        f"size bytes 04 03 02 01 should give flags {0x04000000}, mtime {0xFEDCBA98} and source_size "
        f"{0x01020304}, not {info['flags']}, {info['mtime']} and {info['source_size']}: read each "
        "field as a whole 4-byte little-endian int, data[4:8], data[8:12] and data[12:16]"
    )
    assert info["kind"] == "timestamp", "Bit 0 of those flags is not set: the kind is 'timestamp'"


def test_checked_hash_header(tmp_path):
    """A checked hash-based .pyc (PEP 552): flags 3, then 8 bytes of the source's hash."""
    _, pyc = compiled(tmp_path, CHECKED)
    info = info_of(pyc, "checked-hash")
    assert (info["kind"], info["flags"]) == ("checked-hash", 3), (
        f"read_pyc of a checked hash-based .pyc should give kind 'checked-hash' and flags 3, not "
        f"{info['kind']!r} and {info['flags']!r}: bit 0 (value 1) says 'hash-based', bit 1 (value 2) "
        "says 'import checks the hash against the source'"
    )
    assert info["source_hash"] == importlib.util.source_hash(SOURCE).hex(), (
        "The source_hash should be bytes 8-16 as a hex string (bytes.hex()): "
        f"{importlib.util.source_hash(SOURCE).hex()}"
    )
    assert (info["mtime"], info["source_size"]) == (None, None), (
        "A hash-based .pyc records no mtime and no size: both should be None"
    )


def test_unchecked_hash_header(tmp_path):
    """An unchecked hash-based .pyc: flags 1; import trusts it without looking at the source."""
    _, pyc = compiled(tmp_path, UNCHECKED)
    info = info_of(pyc, "unchecked-hash")
    assert (info["kind"], info["flags"]) == ("unchecked-hash", 1), (
        f"read_pyc of an unchecked hash-based .pyc should give kind 'unchecked-hash' and flags 1, "
        f"not {info['kind']!r} and {info['flags']!r}: bit 0 is set (hash-based), bit 1 is not"
    )
    assert info["source_hash"] == importlib.util.source_hash(SOURCE).hex(), (
        "An unchecked .pyc still stores the hash: source_hash should be bytes 8-16 as hex"
    )


def test_the_code_object(tmp_path):
    """After the header comes the module's code object, written by marshal."""
    source, pyc = compiled(tmp_path, TIMESTAMP)
    with open(pyc, "rb") as file:
        code = marshal.loads(file.read()[16:])
    info = info_of(pyc, "timestamp")
    assert info["names"] == list(code.co_names), (
        f"names should be the module code object's co_names as a list, {list(code.co_names)}: "
        "marshal.loads(data[16:]) gives the code object"
    )
    assert info["code_objects"] == ["Shelf", "with_tax"], (
        "code_objects should be ['Shelf', 'with_tax'], sorted: the co_name of each code object "
        "among the module's co_consts (a function's body and a class's body)"
    )
    assert info["filename"] == source, (
        f"filename should be the code object's co_filename, {source!r}: the source path "
        "py_compile recorded"
    )


def test_not_a_pyc_of_this_python(tmp_path):
    """A file whose first 4 bytes are not importlib.util.MAGIC_NUMBER raises ValueError."""
    old = tmp_path / "old.pyc"
    old.write_bytes(b"\x42\x0d\x0d\x0a" + bytes(12) + marshal.dumps(compile("x = 1", "old.py", "exec")))
    text = tmp_path / "notes.pyc"
    text.write_bytes(b"print('this is source, not bytecode')\n")
    for path, what in [(old, "a .pyc with another Python's magic number"), (text, "a text file")]:
        with pytest.raises(ValueError) as caught:
            read_pyc(str(path))
            pytest.fail(
                f"read_pyc of {what} should raise ValueError: compare the first 4 bytes with "
                "importlib.util.MAGIC_NUMBER before reading anything else (marshal's format "
                "changes with the version)",
                pytrace=False,
            )
        assert "bad magic number" in str(caught.value), (
            f"read_pyc of {what} should raise ValueError with 'bad magic number' in its message, "
            f"not {str(caught.value)!r}"
        )


@pytest.mark.parametrize("mode", [TIMESTAMP, CHECKED, UNCHECKED], ids=lambda m: m.name.lower())
def test_a_fresh_pyc_is_not_stale(tmp_path, mode):
    """Right after compiling, no kind of .pyc is stale."""
    source, pyc = compiled(tmp_path, mode)
    kind = mode.name.lower().replace("_", "-")
    assert is_stale(source, pyc) is False, (
        f"is_stale should be False for a .pyc of the kind {kind} just compiled from an unchanged "
        "source"
    )


def test_an_edited_source(tmp_path):
    """A source edited after compiling makes a timestamp or checked .pyc stale, never an unchecked one."""
    found = {}
    for mode in [TIMESTAMP, CHECKED, UNCHECKED]:
        source, pyc = compiled(tmp_path, mode)
        edit(source, SOURCE + b"print('one more line')\n", MTIME + 60)
        found[mode.name.lower()] = is_stale(source, pyc)
    assert found == {"timestamp": True, "checked_hash": True, "unchecked_hash": False}, (
        f"After prices.py was edited, is_stale should give timestamp: True (mtime and size changed), "
        f"checked-hash: True (the hash of the new source differs), unchecked-hash: False (import never "
        f"checks those), not {found}"
    )


def test_a_touched_source(tmp_path):
    """Only the modification time changed: the timestamp .pyc is stale, the hash-based one is not."""
    found = {}
    for mode in [TIMESTAMP, CHECKED]:
        source, pyc = compiled(tmp_path, mode)
        edit(source, SOURCE, MTIME + 3600)
        found[mode.name.lower()] = is_stale(source, pyc)
    assert found == {"timestamp": True, "checked_hash": False}, (
        f"After only the mtime of prices.py changed, is_stale should give timestamp: True (the mtime "
        f"no longer matches) but checked-hash: False (same bytes, same hash), not {found}. For a "
        "timestamp .pyc, compare int(os.stat(source).st_mtime) with the header"
    )


def test_same_size_same_time(tmp_path):
    """An edit that keeps the size and the time fools a timestamp .pyc, not a checked one."""
    changed = SOURCE.replace(b"RATE = 0.2", b"RATE = 0.5")
    assert len(changed) == len(SOURCE)
    found = {}
    for mode in [TIMESTAMP, CHECKED]:
        source, pyc = compiled(tmp_path, mode)
        edit(source, changed, MTIME)
        found[mode.name.lower()] = is_stale(source, pyc)
    assert found == {"timestamp": False, "checked_hash": True}, (
        f"After RATE = 0.2 became RATE = 0.5 with the same size and mtime, is_stale should give "
        f"timestamp: False (import only compares mtime and size) and checked-hash: True (the hash "
        f"of the source changed), not {found}. For a checked .pyc, compare "
        "importlib.util.source_hash(source_bytes) with the header"
    )


def test_a_resized_source(tmp_path):
    """The same mtime but another size: the timestamp .pyc is stale."""
    source, pyc = compiled(tmp_path, TIMESTAMP)
    edit(source, SOURCE + b"\n", MTIME)
    assert is_stale(source, pyc) is True, (
        "is_stale should be True when the source's size no longer matches the header's, even "
        "with the same mtime: compare both"
    )
