"""The judge-subject wire format: data only, bounded, identity kept."""

from __future__ import annotations

import collections
import datetime
import decimal
import enum
import fractions
import http
import json
import socket
import threading
import uuid
from pathlib import Path
from typing import Any

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
        assert wire.receive(right) == {"op": "ping", wire.BLOB: b""}
        left.sendall(b"\x00\x00\x00\x05\x00\x00\x00\x00hello")
        with pytest.raises(wire.ProtocolError, match="garbage"):
            wire.receive(right)
        left.sendall((wire.MAX_FRAME + 1).to_bytes(4, "big") + bytes(4))
        with pytest.raises(wire.ProtocolError, match="over"):
            wire.receive(right)
        left.close()
        with pytest.raises(wire.ProtocolError, match="closed"):
            wire.receive(right)


def framed(value: Any, refs: list[Any] | None = None) -> Any:
    """Through a real socket pair, as the judge and the subject send it (raw part too)."""
    sent = refs if refs is not None else []

    def as_ref(item: Any) -> dict[str, Any]:
        sent.append(item)
        return {"r": len(sent) - 1}

    left, right = socket.socketpair()
    with left, right:
        blob = bytearray()
        message_out = {"value": wire.encode(value, as_ref, blob)}
        sender = threading.Thread(target=wire.send, args=(left, message_out, blob))
        sender.start()  # a big frame fills the socket's buffer before it is read
        message = wire.receive(right)
        sender.join()
    return wire.decode(message["value"], lambda ref: ("ref", ref["r"]), message[wire.BLOB])


Pair = collections.namedtuple("Pair", "left right")


def test_standard_library_values_are_rebuilt_with_their_exact_types() -> None:
    values = [
        datetime.date(2020, 2, 29),
        datetime.datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=datetime.UTC),
        datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=-3), "X")),
        datetime.time(23, 59, 1, fold=1),
        datetime.timedelta(days=-1, seconds=5),
        collections.Counter("abca"),
        collections.OrderedDict([("b", 1), ("a", 2)]),
        collections.defaultdict(list, {"k": [1]}),
        collections.deque([1, 2, 3], maxlen=3),
        decimal.Decimal("-1.50"),
        fractions.Fraction(-2, 6),
        range(1, 10, 3),
        slice(1, None, 2),
        uuid.UUID(int=5),
        http.HTTPStatus.NOT_FOUND,
        bytearray(b"xy"),
        ValueError,
        int,
        Ellipsis,
    ]
    back = framed(values)
    assert back == values
    assert [type(v) for v in back] == [type(v) for v in values]
    assert back[7]["missing"] == [] and back[8].maxlen == 3
    assert back[14] is http.HTTPStatus.NOT_FOUND and back[16] is ValueError


def test_a_subclass_of_a_standard_library_type_is_a_reference() -> None:
    class Sly(datetime.date):
        def __eq__(self, other: object) -> bool:
            return True

    class Counts(collections.Counter[str]):
        pass

    class Colour(enum.Enum):  # defined here: not importable by name on the other side
        RED = 1

    assert framed([Sly(2020, 1, 1), Counts("a")]) == [("ref", 0), ("ref", 1)]
    assert framed(Colour.RED) == ("ref", 0)


def test_namedtuples_travel_by_their_fields() -> None:
    back = framed(Pair(1, [2]))
    assert back == Pair(1, [2]) and type(back) is Pair
    forged = {"nt": ["not.a.module", "Thing", ["a", "b"], [1, 2]]}
    stand_in = wire.decode(forged, lambda ref: None)
    assert stand_in == (1, 2) and stand_in.a == 1 and type(stand_in).__bases__ == (tuple,)


def test_rebuilding_never_imports_or_reaches_private_names() -> None:
    with pytest.raises(wire.ProtocolError):
        wire.decode({"en": ["antigravity", "Thing", "X"]}, lambda ref: None)  # not imported
    with pytest.raises(wire.ProtocolError):
        wire.decode({"en": ["os", "_Environ", "X"]}, lambda ref: None)
    with pytest.raises(wire.ProtocolError):
        wire.decode({"dd": ["exec", []]}, lambda ref: None)  # factories by name: a fixed list
    with pytest.raises(wire.ProtocolError):
        wire.decode({"bt": "print"}, lambda ref: None)  # a built-in class, never a function
    with pytest.raises(wire.ProtocolError):
        wire.decode({"dt": ["2020", 1, 1, 0, 0, 0, 0, 0, {"zz": 1}]}, lambda ref: None)


def test_a_million_ints_cross_as_raw_bytes() -> None:
    numbers = list(range(1_000_000))
    floats = [n / 3 for n in range(1000)]
    back = framed({"ints": numbers, "floats": floats, "tuple": tuple(numbers[:100])})
    assert back["ints"] == numbers and back["floats"] == floats
    assert type(back["tuple"]) is tuple and back["tuple"] == tuple(numbers[:100])
    huge = [2**70] * 100  # too big for raw bytes: plain JSON
    assert framed(huge) == huge


def test_raw_numbers_outside_the_frame_are_refused() -> None:
    with pytest.raises(wire.ProtocolError):
        wire.decode({"I": [0, 10, "l"]}, lambda ref: None, b"\x00" * 8)
    with pytest.raises(wire.ProtocolError):
        wire.decode({"I": [-8, 1, "l"]}, lambda ref: None, b"\x00" * 8)


def test_a_container_that_holds_itself_arrives_whole() -> None:
    looped: list[Any] = [1]
    looped.append(looped)
    back = round_trip(looped)
    assert back[0] == 1 and back[1] is back
    table: dict[str, Any] = {}
    table["me"] = table
    again = round_trip(table)
    assert again["me"] is again
    through_tuple: list[Any] = []
    pair = (through_tuple,)
    through_tuple.append(pair)
    with pytest.raises(wire.ProtocolError, match="contains itself"):
        round_trip(pair)


def test_sending_and_receiving_leave_no_garbage_for_the_collector() -> None:
    """The learner's gc.collect() must not find the channel's own leftovers."""
    import gc

    value = {"rows": [[1, 2.5, "x"], (3, None)], "when": datetime.date(2026, 1, 2)}
    gc.collect()
    gc.disable()
    try:
        for _ in range(10):
            round_trip(value)
        assert gc.collect() == 0
    finally:
        gc.enable()
