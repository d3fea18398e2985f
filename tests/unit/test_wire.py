"""The judge-subject wire format: data only, bounded, identity kept."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import numpy
import pytest

from pyascent.grader.inside import wire


def round_trip(value: Any) -> Any:
    encoded = wire.encode(value, lambda item: {"r": 7, "kind": "object"})
    return wire.decode(json.loads(json.dumps(encoded)), lambda ref: ("ref", ref["r"]))


def test_plain_values_keep_their_exact_types() -> None:
    value = {"n": [1, 2.5, -3, True, None], "t": (b"\x00", 1 + 2j), "s": {1}, "f": frozenset("a")}
    assert round_trip(value) == value
    assert type(round_trip((1,))) is tuple and type(round_trip({1})) is set


def test_anything_else_is_a_reference() -> None:
    class Sly(int):
        pass

    assert round_trip([Sly(3), object()]) == [("ref", 7), ("ref", 7)]


def test_identity_survives_and_paths_travel() -> None:
    shared = [1]
    back = round_trip({"a": shared, "b": shared, "p": Path("/x/y")})
    assert back["a"] is back["b"]
    assert back["p"] == Path("/x/y")


def test_bounds_refuse_huge_or_deep_values() -> None:
    deep: list[Any] = []
    for _ in range(wire.MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(wire.ProtocolError):
        wire.encode(deep, lambda item: {"r": 1})
    with pytest.raises(wire.ProtocolError):
        wire.encode(list(range(wire.MAX_NODES + 1)), lambda item: {"r": 1})


def test_frames_are_bounded_and_garbage_is_refused() -> None:
    left, right = socket.socketpair()
    with left, right:
        wire.send(left, {"op": "ping"})
        assert wire.receive(right) == {"op": "ping"}
        left.sendall(b"\x00\x00\x00\x05hello")
        with pytest.raises(wire.ProtocolError, match="garbage"):
            wire.receive(right)
        left.sendall((wire.MAX_FRAME + 1).to_bytes(4, "big"))
        with pytest.raises(wire.ProtocolError, match="over"):
            wire.receive(right)
        left.close()
        with pytest.raises(wire.ProtocolError, match="closed"):
            wire.receive(right)


def test_numpy_arrays_cross_by_value_and_object_arrays_do_not() -> None:
    array = numpy.arange(6, dtype=numpy.float32).reshape(2, 3)
    payload = wire.numpy_payload(array)
    assert payload is not None
    back = wire.numpy_value(json.loads(json.dumps(payload))["np"])
    assert back.dtype == numpy.float32 and (back == array).all()
    assert wire.numpy_payload(numpy.array([object()])) is None
    forged = {**payload["np"], "dtype": "|O"}
    with pytest.raises(wire.ProtocolError):
        wire.numpy_value(forged)
