"""The judge-subject channel: length-prefixed frames carrying only data.

No pickle, no marshal, no eval: a value is either a plain value of an exact built-in type
(None, bool, int, float, complex, str, bytes, and tuples, lists, dicts, sets, frozensets of
them), a standard-library value rebuilt from plain fields (dates, Decimal, Counter, deque,
namedtuples, enum members of the library...), or a reference to an object that stays on the
other side. Long lists of numbers travel as raw bytes after the JSON part of a frame, so a
million ints cross in milliseconds. Sizes are bounded so a hostile peer cannot exhaust the
judge's memory. Standard library only.

Over 400 lines on purpose: the sandbox loads its modules by name from a fixed list
(zygote.py); the value codecs belong with the format they extend.
"""

from __future__ import annotations

import array
import base64
import builtins
import collections
import datetime
import decimal
import enum
import fractions
import json
import json.encoder
import json.scanner
import os
import pathlib
import select
import socket
import struct
import sys
import time
import uuid
import weakref
from collections.abc import Callable
from typing import Any

VERSION = 2
MAX_FRAME = 48 * 1024 * 1024
MAX_NODES = 2_000_000
MAX_DEPTH = 100
BLOB = "\x00blob"  # where `receive` puts a frame's raw part (a key JSON from a peer is overwritten)
# After a message, wait this long by polling before sleeping: the answer usually comes back
# within microseconds, and a sleeping process takes far longer to wake (a VM especially).
SPIN_SECONDS = 0.0001
_HEADER = struct.Struct(">II")
_DUMPS = json.JSONEncoder(separators=(",", ":"), allow_nan=True).encode
_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed: a class


def _no_default(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not plain data")


def _make_dumps() -> Callable[[Any], str]:
    """JSON text of a message. The C encoder made once: `JSONEncoder.encode` builds one per
    call, which is most of the cost of a small message. `encode` has already made the value
    a tree of bounded depth, so the encoder's own cycle check is not needed."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _DUMPS
    ascii_text = json.encoder.encode_basestring_ascii
    encoder = make(None, _no_default, ascii_text, None, ":", ",", False, False, True)

    def dumps(message: Any) -> str:
        return "".join(encoder(message, 0))

    return dumps


def _loads(data: bytes) -> Any:
    """The JSON value that is exactly `data` (the scanner, without `json.loads`'s detection
    of encodings and its Python-level wrappers)."""
    text = data.decode("utf-8")
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:
        raise ValueError("no JSON value") from None
    if end != len(text):
        raise ValueError("bytes after the JSON value")
    return value


_NUMBERS_FROM = 64  # lists at least this long of ints (or of floats) go as raw bytes


_dumps = _make_dumps()


class ProtocolError(Exception):
    """The peer broke the protocol: garbage, a frame too large, a closed channel."""


def json_part(message: dict[str, Any], blob_size: int = 0) -> bytes:
    """A message's JSON part, checked against the frame limit with its raw part."""
    data = _dumps(message).encode("utf-8")
    if len(data) + blob_size > MAX_FRAME:
        raise ProtocolError(
            f"message of {len(data) + blob_size} bytes is over the {MAX_FRAME}-byte limit"
        )
    return data


def frame(message: dict[str, Any], blob: bytes | bytearray = b"") -> bytes:
    """One message as the bytes that carry it on a socket: header, JSON part, raw part."""
    data = json_part(message, len(blob))
    if blob:
        return b"".join((_HEADER.pack(len(data), len(blob)), data, blob))
    return _HEADER.pack(len(data), 0) + data


def send(sock: socket.socket, message: dict[str, Any], blob: bytes | bytearray = b"") -> None:
    sock.sendall(frame(message, blob))


_spin = [0]  # receives left before polling is tried again, after a poll that waited in vain


def _first(sock: socket.socket, size: int) -> bytes:
    """The first bytes of the next frame: polled for a moment, then waited for.

    When the other side answers on another core, polling saves the wake-up of a sleeping
    process (tens of microseconds in a VM). When both share one core, polling only delays
    the answer: a poll that waited in vain turns polling off for the next 64 messages.
    Polling raises nothing, so a tracer of the learner's sees no exception here.
    """
    if _spin[0] > 0:
        _spin[0] -= 1
    elif not select.select((sock,), (), (), 0)[0]:
        deadline = time.perf_counter() + SPIN_SECONDS
        while not select.select((sock,), (), (), 0)[0]:
            if time.perf_counter() > deadline:
                _spin[0] = 64
                break
    return sock.recv(size)


def _read_exact(sock: socket.socket, size: int, start: bytes = b"") -> bytes:
    if len(start) >= size:
        return start
    buffer = bytearray(size)
    buffer[: len(start)] = start
    view = memoryview(buffer)
    got = len(start)
    while got < size:
        count = sock.recv_into(view[got:], min(size - got, 1 << 22))
        if not count:
            raise ProtocolError("the other side closed the channel")
        got += count
    return bytes(buffer)


# What one recv brought beyond the frame it finished: the start of the next one. One recv
# per small message instead of two.
_LEFTOVER: weakref.WeakKeyDictionary[socket.socket, bytes] = weakref.WeakKeyDictionary()


def receive(sock: socket.socket) -> dict[str, Any]:
    """The next message; its raw part (if any) under the key BLOB."""
    buffered = _LEFTOVER.pop(sock, b"")
    if len(buffered) < _HEADER.size:
        more = sock.recv(1 << 16) if buffered else _first(sock, 1 << 16)
        if not more:
            raise ProtocolError("the other side closed the channel")
        buffered = _read_exact(sock, _HEADER.size, buffered + more)
    size, blob_size = _HEADER.unpack_from(buffered)
    if size + blob_size > MAX_FRAME:
        raise ProtocolError(
            f"a message of {size + blob_size} bytes is over the {MAX_FRAME}-byte limit"
        )
    total = _HEADER.size + size + blob_size
    whole = _read_exact(sock, total, buffered)
    if len(whole) > total:
        _LEFTOVER[sock] = whole[total:]
    return parse(whole[:total] if len(whole) > total else whole)


def parse(whole: bytes) -> dict[str, Any]:
    """The message in one frame's bytes (as `frame` made them, or as a hostile peer did)."""
    if len(whole) < _HEADER.size:
        raise ProtocolError("a frame shorter than its header")
    size, blob_size = _HEADER.unpack_from(whole)
    if _HEADER.size + size + blob_size != len(whole):
        raise ProtocolError("a frame whose header does not match its length")
    message: dict[str, Any] = message_of(whole[_HEADER.size : _HEADER.size + size])
    message[BLOB] = whole[_HEADER.size + size :] if blob_size else b""
    return message


def message_of(data: bytes, lists: bool = False) -> Any:
    """The message a JSON part carries: an object (or, with `lists`, also an array: a plain
    call and its answer, see subject.py); garbage raises ProtocolError."""
    if len(data) > 1 << 20 and data.count(b"[") + data.count(b"{") > MAX_NODES:
        raise ProtocolError("a message with too many parts")  # before json builds them
    try:
        message = _loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolError(f"garbage on the channel ({exc})") from exc
    if not (type(message) is dict or (lists and type(message) is list)):
        raise ProtocolError("a message must be a JSON object")
    return message


_SCALARS = (type(None), bool, int, float, str)
_JSON_SCALARS = frozenset(_SCALARS)
_SEQUENCES: dict[str, Callable[[list[Any]], Any]] = {
    "l": list,
    "t": tuple,
    "s": set,
    "fs": frozenset,
}
_CONTAINERS: dict[type, str] = {list: "l", tuple: "t", set: "s", frozenset: "fs", dict: "d"}
_PATHS = (pathlib.PosixPath, pathlib.PurePosixPath)
# defaultdict factories that travel by name; any other factory is a reference (a function
# of the other side, called there).
_FACTORIES: dict[str, type] = {
    t.__name__: t for t in (int, float, str, bytes, list, dict, set, frozenset, tuple, bool)
}


_BUILTINS: dict[str, Any] = vars(builtins)


class _NotValue(Exception):
    """This object is not sent by value after all: it goes as a reference."""


def _tz_out(tz: Any) -> Any:
    if tz is None:
        return None
    if type(tz) is datetime.timezone:
        offset = tz.utcoffset(None)
        name = tz.tzname(None)
        default = datetime.timezone(offset).tzname(None)
        return {
            "tz": [
                offset.days,
                offset.seconds,
                offset.microseconds,
                None if name == default else name,
            ]
        }
    zoneinfo = sys.modules.get("zoneinfo")
    if zoneinfo is not None and type(tz) is zoneinfo.ZoneInfo and isinstance(tz.key, str):
        return {"zi": tz.key}
    raise _NotValue


def _tz_in(payload: Any) -> Any:
    if payload is None:
        return None
    if "tz" in payload:
        days, seconds, micros, name = payload["tz"]
        offset = datetime.timedelta(int(days), int(seconds), int(micros))
        return (
            datetime.timezone(offset, str(name)) if name is not None else datetime.timezone(offset)
        )
    import zoneinfo

    return zoneinfo.ZoneInfo(str(payload["zi"]))


def _is_namedtuple(kind: type) -> bool:
    fields = kind.__dict__.get("_fields")
    return kind.__bases__ == (tuple,) and isinstance(fields, tuple)


def library_class(cls: type, local_names: set[str]) -> bool:
    """A class the other side can find by module and name: not defined by the learner's or
    the tests' files (named in `local_names`, or found in the check folder), reachable from
    its module."""
    module = sys.modules.get(cls.__module__)
    if module is None or cls.__module__.split(".")[0] in local_names or "<" in cls.__qualname__:
        return False
    where = getattr(module, "__file__", None)
    if isinstance(where, str) and os.path.abspath(where).startswith(os.getcwd() + os.sep):
        return False
    found: Any = module
    for part in cls.__qualname__.split("."):
        found = getattr(found, part, None)
    return found is cls


def _library_lookup(module_name: str, qualname: str, local_names: set[str]) -> Any:
    """The class named by the other side, among modules already imported here (never an
    import: a name from the peer must not run a module's top level), or None."""
    if module_name.split(".")[0] in local_names:
        return None
    found: Any = sys.modules.get(module_name)
    for part in qualname.split("."):
        if found is None or part.startswith("_"):
            return None
        found = getattr(found, part, None)
    return found if isinstance(found, type) else None


def encode(
    value: Any,
    as_ref: Callable[[Any], dict[str, Any]],
    blob: bytearray | None = None,
    local_names: set[str] | frozenset[str] = frozenset(),
) -> Any:
    """JSON-ready form of `value`; anything not plain goes through `as_ref`.

    With `blob`, long lists of numbers are appended to it as raw bytes and named by offset.
    `local_names`: top-level modules whose classes the other side cannot import (the
    learner's, the tests'); their enum members go as references.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if (kind is list or kind is tuple) and len(value) < 16:  # a call's arguments, mostly
        for x in value:
            if type(x) not in _SCALARS:
                break
        else:
            return {"l" if kind is list else "t": list(value)}
    elif kind is dict and not value:
        return {"d": []}
    budget = [MAX_NODES]
    seen: dict[int, int] = {}
    local = set(local_names)

    def numbers(item: Any, tag: str) -> dict[str, Any] | None:
        if blob is None or len(item) < _NUMBERS_FROM:
            return None
        first = type(item[0])
        if first is int:
            code, key = "q", "I"
        elif first is float:
            code, key = "d", "F"
        else:
            return None
        try:
            packed = array.array(code, item)
        except (TypeError, OverflowError):
            return None
        offset = len(blob)
        blob.extend(packed.tobytes())
        return {key: [offset, len(item), tag]}

    def walk(item: Any, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_DEPTH:
            raise ProtocolError("value too large or too deeply nested to send")
        kind = type(item)
        if kind in _SCALARS:
            return item
        if kind in _CONTAINERS:
            # The same list twice is sent once and named again, so identity survives.
            if id(item) in seen:
                return {"m": seen[id(item)]}
            seen[id(item)] = len(seen)
            tag = _CONTAINERS[kind]
            if tag == "d":
                body: Any = [[walk(k, depth + 1), walk(v, depth + 1)] for k, v in item.items()]
            else:
                if tag in ("l", "t"):
                    packed = numbers(item, tag)
                    if packed is not None:
                        budget[0] -= len(item)
                        return packed
                body = [walk(x, depth + 1) for x in item]
            return {tag: body}
        try:
            coded = _value_out(item, kind, walk, depth, local)
        except _NotValue:
            coded = None
        if coded is not None:
            return coded
        return as_ref(item)

    try:
        return walk(value, 0)
    finally:
        # The nested functions refer to themselves through their cells: a cycle that would
        # leave garbage in the learner's process at every message, for its gc to count.
        walk = numbers = None  # type: ignore[assignment]


def _value_out(
    item: Any, kind: type, walk: Callable[[Any, int], Any], depth: int, local: set[str]
) -> Any:
    """A standard-library value as plain fields, or None (not one we carry)."""
    d = depth + 1
    if kind in _PATHS:
        return {"p": str(item)}
    if kind is bytes:
        return {"b": base64.b64encode(item).decode("ascii")}
    if kind is bytearray:
        return {"ba": base64.b64encode(item).decode("ascii")}
    if kind is complex:
        return {"c": [item.real, item.imag]}
    if kind is datetime.datetime:
        fields = [item.year, item.month, item.day, item.hour, item.minute, item.second]
        return {"dt": [*fields, item.microsecond, item.fold, _tz_out(item.tzinfo)]}
    if kind is datetime.date:
        return {"da": [item.year, item.month, item.day]}
    if kind is datetime.time:
        fields = [item.hour, item.minute, item.second, item.microsecond, item.fold]
        return {"tm": [*fields, _tz_out(item.tzinfo)]}
    if kind is datetime.timedelta:
        return {"td": [item.days, item.seconds, item.microseconds]}
    if kind is datetime.timezone:
        return {"tzv": _tz_out(item)}
    if kind is decimal.Decimal:
        return {"dec": str(item)}
    if kind is fractions.Fraction:
        return {"fr": [item.numerator, item.denominator]}
    if kind is range:
        return {"rg": [item.start, item.stop, item.step]}
    if kind is slice:
        return {"sl": [walk(item.start, d), walk(item.stop, d), walk(item.step, d)]}
    if kind is uuid.UUID:
        return {"uu": item.hex}
    if kind is collections.Counter:
        return {"ctr": [[walk(k, d), walk(v, d)] for k, v in item.items()]}
    if kind is collections.OrderedDict:
        return {"od": [[walk(k, d), walk(v, d)] for k, v in item.items()]}
    if kind is collections.defaultdict:
        factory = item.default_factory
        named = factory.__name__ if factory in _FACTORIES.values() else None
        made = named if named is not None else (None if factory is None else walk(factory, d))
        return {"dd": [made, [[walk(k, d), walk(v, d)] for k, v in item.items()]]}
    if kind is collections.deque:
        return {"dq": [item.maxlen, [walk(x, d) for x in item]]}
    if item is Ellipsis:
        return {"el": 0}
    name = getattr(item, "__name__", "") if kind is type else ""
    if name and item.__module__ == "builtins" and _BUILTINS.get(name) is item:
        return {"bt": name}  # int, str, ValueError...: the same class on both sides
    if isinstance(item, enum.Enum) and library_class(kind, local):
        return {"en": [kind.__module__, kind.__qualname__, item.name]}
    if isinstance(kind, type) and issubclass(kind, tuple) and _is_namedtuple(kind):
        fields = [str(f) for f in kind._fields]  # type: ignore[attr-defined]
        values = [walk(x, d) for x in tuple.__iter__(item)]
        return {"nt": [kind.__module__, kind.__qualname__, fields, values]}
    return None


_STAND_INS: dict[tuple[str, str, tuple[str, ...]], type] = {}


def _namedtuple_in(
    payload: list[Any], walk: Callable[[Any, int], Any], d: int, local: set[str]
) -> Any:
    module_name, qualname, fields, values = payload
    names = tuple(str(f) for f in fields)
    items = [walk(v, d) for v in values]
    if len(items) != len(names):
        raise ProtocolError("a namedtuple whose values do not match its fields")
    cls = _library_lookup(str(module_name), str(qualname), local)
    if cls is None or not (issubclass(cls, tuple) and getattr(cls, "_fields", None) == names):
        key = (str(module_name), str(qualname), names)
        if key not in _STAND_INS:
            if len(_STAND_INS) >= 256:
                raise ProtocolError("too many kinds of namedtuple")
            # Defined on the other side: a plain namedtuple of the same name and fields.
            try:
                made = collections.namedtuple(str(qualname).rsplit(".")[-1], names)  # type: ignore[misc]
            except (ValueError, TypeError) as exc:
                raise ProtocolError(f"a namedtuple that cannot be rebuilt ({exc})") from None
            made.__module__ = str(module_name)
            made.__qualname__ = str(qualname)
            _STAND_INS[key] = made
        cls = _STAND_INS[key]
    return tuple.__new__(cls, items)


def _enum_in(payload: list[Any], local: set[str]) -> Any:
    module_name, qualname, name = (str(p) for p in payload)
    cls = _library_lookup(module_name, qualname, local)
    if cls is None or not issubclass(cls, enum.Enum) or name not in cls.__members__:
        raise ProtocolError(f"no enum member {qualname}.{name} here")
    return cls.__members__[name]


def _numbers_in(payload: list[Any], blob: bytes) -> Any:
    offset, count, tag = int(payload[0]), int(payload[1]), str(payload[2])
    if offset < 0 or count < 0 or offset + count * 8 > len(blob):
        raise ProtocolError("a list of numbers outside its frame")
    return offset, count, tag


def decode(
    value: Any,
    from_ref: Callable[[dict[str, Any]], Any],
    blob: bytes = b"",
    local_names: set[str] | frozenset[str] = frozenset(),
) -> Any:
    """The inverse of `encode`; references go through `from_ref`."""
    if value is None or type(value) in _JSON_SCALARS:
        return value
    if type(value) is dict and len(value) == 1:  # the shapes of most requests, quickly
        key, payload = next(iter(value.items()))
        if key == "r" or key == "j":
            return from_ref(value)
        if (key == "l" or key == "t") and type(payload) is list and len(payload) < 16:
            for x in payload:
                if type(x) not in _JSON_SCALARS:
                    break
            else:
                return payload if key == "l" else tuple(payload)
        elif key == "d" and payload == []:
            return {}
    budget = [MAX_NODES]
    made: list[Any] = []
    local = set(local_names)

    def pairs(payload: Any, depth: int) -> list[tuple[Any, Any]]:
        return [(walk(k, depth + 1), walk(v, depth + 1)) for k, v in payload]

    def walk(item: Any, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_DEPTH:
            raise ProtocolError("value too large or too deeply nested")
        if item is None or type(item) in _JSON_SCALARS:
            return item
        if not isinstance(item, dict):
            raise ProtocolError(f"unexpected value on the channel: {str(item)[:80]}")
        if len(item) != 1:
            return from_ref(item)
        key, payload = next(iter(item.items()))
        d = depth + 1
        try:
            if key == "l" or key == "d":  # registered empty, then filled: it may hold itself
                value: Any = [] if key == "l" else {}
                made.append(value)
                if key == "l":
                    value.extend([walk(x, d) for x in payload])
                else:
                    value.update(pairs(payload, depth))
                return value
            if key in _SEQUENCES:  # a tuple or a set: built from its items, so not before
                slot = len(made)
                made.append(_BUILDING)
                made[slot] = _SEQUENCES[key]([walk(x, d) for x in payload])
                return made[slot]
            if key in ("I", "F"):
                offset, count, tag = _numbers_in(payload, blob)
                budget[0] -= count
                if budget[0] < 0:
                    raise ProtocolError("value too large to receive")
                numbers = array.array("q" if key == "I" else "d")
                numbers.frombytes(blob[offset : offset + count * 8])
                got: Any = numbers.tolist() if tag == "l" else tuple(numbers)
                made.append(got)
                return got
            if key == "m":
                again = made[int(payload)]
                if again is _BUILDING:
                    raise ProtocolError("a tuple or set that contains itself cannot be sent")
                return again
            decoded = _value_in(key, payload, walk, d, local, pairs, depth)
        except ProtocolError:
            raise
        except (TypeError, ValueError, KeyError, IndexError, OverflowError, ArithmeticError) as exc:
            raise ProtocolError(f"a malformed {key!r} value on the channel ({exc})") from None
        if decoded is not _NOTHING:
            return decoded
        return from_ref(item)

    try:
        return walk(value, 0)
    finally:
        walk = pairs = None  # type: ignore[assignment]  # break the cycle (see encode)


_NOTHING = object()
_BUILDING = object()  # a tuple's or set's place while its items are decoded


def _value_in(
    key: str,
    payload: Any,
    walk: Callable[[Any, int], Any],
    d: int,
    local: set[str],
    pairs: Callable[[Any, int], list[tuple[Any, Any]]],
    depth: int,
) -> Any:
    """Rebuild a value of `_value_out` from its plain fields (only ints, strs and values
    decoded the same way reach a constructor), or _NOTHING."""
    if key == "b":
        return base64.b64decode(payload, validate=True)
    if key == "ba":
        return bytearray(base64.b64decode(payload, validate=True))
    if key == "c":
        return complex(float(payload[0]), float(payload[1]))
    if key == "p":
        return pathlib.Path(str(payload))
    if key == "dt":
        y, mo, da, h, mi, s, us, fold, tz = payload
        return datetime.datetime(
            int(y), int(mo), int(da), int(h), int(mi), int(s), int(us), _tz_in(tz), fold=int(fold)
        )
    if key == "da":
        return datetime.date(int(payload[0]), int(payload[1]), int(payload[2]))
    if key == "tm":
        h, mi, s, us, fold, tz = payload
        return datetime.time(int(h), int(mi), int(s), int(us), tzinfo=_tz_in(tz), fold=int(fold))
    if key == "td":
        return datetime.timedelta(int(payload[0]), int(payload[1]), int(payload[2]))
    if key == "tzv":
        return _tz_in(payload)
    if key == "dec":
        return decimal.Decimal(str(payload))
    if key == "fr":
        return fractions.Fraction(int(payload[0]), int(payload[1]))
    if key == "rg":
        return range(int(payload[0]), int(payload[1]), int(payload[2]))
    if key == "sl":
        return slice(walk(payload[0], d), walk(payload[1], d), walk(payload[2], d))
    if key == "uu":
        return uuid.UUID(hex=str(payload))
    if key == "ctr":
        return collections.Counter(dict(pairs(payload, depth)))
    if key == "od":
        return collections.OrderedDict(pairs(payload, depth))
    if key == "dd":
        factory, items = payload
        if isinstance(factory, str):
            made: Any = _FACTORIES[factory]
        else:
            made = walk(factory, d)
            if made is not None and not callable(made):
                raise ProtocolError("a defaultdict whose factory cannot be called")
        return collections.defaultdict(made, pairs(items, depth))
    if key == "dq":
        maxlen = None if payload[0] is None else int(payload[0])
        return collections.deque([walk(x, d) for x in payload[1]], maxlen)
    if key == "el":
        return Ellipsis
    if key == "bt":
        found = _BUILTINS.get(str(payload))
        if not isinstance(found, type):
            raise ProtocolError(f"no built-in class {str(payload)[:40]!r}")
        return found
    if key == "en":
        return _enum_in(payload, local)
    if key == "nt":
        return _namedtuple_in(payload, walk, d, local)
    return _NOTHING
