"""The judge-subject channel: length-prefixed JSON frames carrying only data.

No pickle, no marshal, no eval: a value is either a plain value of an exact built-in type
(None, bool, int, float, complex, str, bytes, and tuples, lists, dicts, sets, frozensets of
them) or a reference to an object that stays on the other side. Sizes are bounded so a
hostile peer cannot exhaust the judge's memory. Standard library only.
"""

from __future__ import annotations

import base64
import json
import pathlib
import socket
import struct
from collections.abc import Callable
from typing import Any

VERSION = 1
MAX_FRAME = 8 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 100
_HEADER = struct.Struct(">I")


class ProtocolError(Exception):
    """The peer broke the protocol: garbage, a frame too large, a closed channel."""


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    data = json.dumps(message, separators=(",", ":"), allow_nan=True).encode("utf-8")
    if len(data) > MAX_FRAME:
        raise ProtocolError(f"message of {len(data)} bytes is over the {MAX_FRAME}-byte limit")
    sock.sendall(_HEADER.pack(len(data)) + data)


def _read_exact(sock: socket.socket, size: int) -> bytes:
    chunks = []
    remaining = size
    while remaining:
        chunk = sock.recv(min(remaining, 1 << 20))
        if not chunk:
            raise ProtocolError("the other side closed the channel")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def receive(sock: socket.socket) -> dict[str, Any]:
    (size,) = _HEADER.unpack(_read_exact(sock, _HEADER.size))
    if size > MAX_FRAME:
        raise ProtocolError(f"a message of {size} bytes is over the {MAX_FRAME}-byte limit")
    try:
        message = json.loads(_read_exact(sock, size).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"garbage on the channel ({exc})") from exc
    if not isinstance(message, dict):
        raise ProtocolError("a message must be a JSON object")
    return message


_SCALARS = (type(None), bool, int, float, str)
_SEQUENCES: dict[str, Callable[[list[Any]], Any]] = {
    "l": list,
    "t": tuple,
    "s": set,
    "fs": frozenset,
}
_CONTAINERS: dict[type, str] = {list: "l", tuple: "t", set: "s", frozenset: "fs", dict: "d"}
_PATHS = (pathlib.PosixPath, pathlib.PurePosixPath)


def encode(value: Any, as_ref: Callable[[Any], dict[str, Any]]) -> Any:
    """JSON-ready form of `value`; anything not plain goes through `as_ref`."""
    budget = [MAX_NODES]
    seen: dict[int, int] = {}

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
                body = [walk(x, depth + 1) for x in item]
            return {tag: body}
        if kind in _PATHS:
            return {"p": str(item)}
        if kind is bytes:
            return {"b": base64.b64encode(item).decode("ascii")}
        if kind is complex:
            return {"c": [item.real, item.imag]}
        return as_ref(item)

    return walk(value, 0)


def decode(value: Any, from_ref: Callable[[dict[str, Any]], Any]) -> Any:
    """The inverse of `encode`; references go through `from_ref`."""
    budget = [MAX_NODES]
    made: list[Any] = []

    def walk(item: Any, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_DEPTH:
            raise ProtocolError("value too large or too deeply nested")
        if item is None or isinstance(item, (bool, int, float, str)):
            return item
        if not isinstance(item, dict):
            raise ProtocolError(f"unexpected value on the channel: {str(item)[:80]}")
        if len(item) == 1:
            key, payload = next(iter(item.items()))
            if key == "b":
                return base64.b64decode(payload, validate=True)
            if key == "c":
                return complex(float(payload[0]), float(payload[1]))
            if key == "m":
                return made[int(payload)]
            if key == "p":
                return pathlib.Path(str(payload))
            if key in ("l", "d", "s"):  # mutable: registered before filling, like encode
                slot = len(made)
                made.append(None)
                if key == "d":
                    value: Any = {walk(k, depth + 1): walk(v, depth + 1) for k, v in payload}
                else:
                    value = _SEQUENCES[key]([walk(x, depth + 1) for x in payload])
                made[slot] = value
                return value
            if key in _SEQUENCES:
                slot = len(made)
                made.append(None)
                made[slot] = _SEQUENCES[key]([walk(x, depth + 1) for x in payload])
                return made[slot]
        return from_ref(item)

    return walk(value, 0)


_NUMPY_KINDS = set("biufc")  # bool, int, uint, float, complex: never object arrays


def numpy_payload(value: Any) -> dict[str, Any] | None:
    """A numpy array as data, when numpy is loaded and the dtype is plain numbers."""
    import sys

    numpy = sys.modules.get("numpy")
    if numpy is None or type(value) is not numpy.ndarray or value.dtype.kind not in _NUMPY_KINDS:
        return None
    if value.nbytes > MAX_FRAME // 2:
        return None
    data = numpy.ascontiguousarray(value)
    return {
        "np": {
            "dtype": data.dtype.str,
            "shape": list(data.shape),
            "data": base64.b64encode(data.tobytes()).decode("ascii"),
        }
    }


def numpy_value(payload: dict[str, Any]) -> Any:
    """Validate and rebuild an array sent by `numpy_payload`."""
    import numpy

    dtype = numpy.dtype(str(payload["dtype"]))
    if dtype.kind not in _NUMPY_KINDS:
        raise ProtocolError(f"refused an array of dtype {dtype}")
    shape = tuple(int(n) for n in payload["shape"])
    raw = base64.b64decode(payload["data"], validate=True)
    count = 1
    for n in shape:
        count *= n
    if count * dtype.itemsize != len(raw):
        raise ProtocolError("array data does not match its shape")
    return numpy.frombuffer(raw, dtype=dtype).reshape(shape).copy()
