"""The shared-page lane of the judge-subject channel: messages arrive whole and in order,
big frames take the socket, a sleeping side is woken, and a peer that scribbles on the page,
writes on the socket or dies is caught instead of trusted or waited for."""

from __future__ import annotations

import importlib.util
import os
import socket
import struct
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

INSIDE = Path(__file__).resolve().parents[2] / "src" / "pyascent" / "grader" / "inside"


def _load(name: str) -> ModuleType:
    """The sandbox's own way: by file, under a name no learner file can take."""
    key = f"_pyascent_inside_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, INSIDE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


wire = _load("wire")
link = _load("link")

pytestmark = pytest.mark.skipif(not link.available(), reason="the lane is x86_64 only")


@pytest.fixture
def pair() -> Iterator[tuple[Any, Any]]:
    """Both ends in one process: the judge's (side 0) and the subject's (side 1)."""
    memory, bells = link.create()
    left, right = socket.socketpair()
    judge = link.Link(left, memory, 0, bells)
    subject = link.Link(right, memory, 1, bells)
    yield judge, subject
    judge.close()
    left.close()
    right.close()


def test_messages_cross_in_order_with_their_raw_parts(pair: tuple[Any, Any]) -> None:
    judge, subject = pair
    for number in range(5):
        judge.send({"op": "call", "n": number}, bytearray(b"\x01" * number))
        message = subject.receive()
        assert message["n"] == number and message[wire.BLOB] == b"\x01" * number
        subject.send(["c", 3, number])
        assert judge.receive() == ["c", 3, number]


def test_a_frame_larger_than_the_page_takes_the_socket(pair: tuple[Any, Any]) -> None:
    judge, subject = pair
    blob = bytes(range(256)) * (link.CAPACITY // 256 + 10)
    got: list[Any] = []
    reader = threading.Thread(target=lambda: got.append(subject.receive()))
    reader.start()  # the socket holds less than the frame: someone must be reading
    judge.send({"op": "big"}, blob)
    reader.join(30)
    message = got[0]
    assert message["op"] == "big" and message[wire.BLOB] == blob
    subject.send({"re": "ok"})  # and the page carries the next one again
    assert judge.receive()["re"] == "ok"


def test_a_size_beyond_the_page_is_refused(pair: tuple[Any, Any]) -> None:
    judge, subject = pair
    struct.pack_into("<III", subject.memory, subject.mine, 1, link.CAPACITY + 1, 0)
    with pytest.raises(wire.ProtocolError, match="in the shared page"):
        judge.receive()


def test_garbage_in_the_page_is_refused(pair: tuple[Any, Any]) -> None:
    judge, subject = pair
    subject.memory[subject.out : subject.out + 5] = b"nope!"
    struct.pack_into("<III", subject.memory, subject.mine, 1, 5, 0)
    with pytest.raises(wire.ProtocolError, match="garbage"):
        judge.receive()


def test_bytes_written_on_the_socket_are_caught_every_time(pair: tuple[Any, Any]) -> None:
    judge, subject = pair
    subject.sock.sendall(b"\x00\x00\x00\x10forged")  # as the learner's os.write would
    subject.send({"re": "ok", "value": 5})
    with pytest.raises(wire.ProtocolError, match="straight onto the channel"):
        judge.receive()


def _forked(answer: Any) -> tuple[Any, int]:
    """A judge end in this process and a subject end in a child running `answer(end)`."""
    memory, bells = link.create()
    left, right = socket.socketpair()
    pid = os.fork()
    if pid == 0:
        left.close()
        try:
            answer(link.Link(right, memory, 1, bells))
        finally:
            os._exit(0)
    right.close()
    return link.Link(left, memory, 0, bells), pid


def test_a_sleeping_side_is_woken_by_the_ring() -> None:
    def slow_echo(end: Any) -> None:
        for _ in range(3):
            message = end.receive()
            time.sleep(0.02)  # long past the polling: the judge is asleep on its eventfd
            end.send({"echo": message["n"]})

    judge, pid = _forked(slow_echo)
    try:
        for number in range(3):
            started = time.perf_counter()
            judge.send({"n": number})
            assert judge.receive()["echo"] == number
            # Woken by the ring, not by the fallback naps (which would add up to 50 ms).
            assert time.perf_counter() - started < 0.5
            assert judge.memory[judge.mine + 12] == 0  # no longer marked asleep
    finally:
        os.waitpid(pid, 0)
        judge.close()
        judge.sock.close()


def test_a_peer_that_dies_while_the_other_waits_is_reported() -> None:
    def die(end: Any) -> None:
        end.receive()
        time.sleep(0.05)

    judge, pid = _forked(die)
    try:
        judge.send({"op": "call"})
        with pytest.raises(wire.ProtocolError, match="closed the channel"):
            judge.receive()
    finally:
        os.waitpid(pid, 0)
        judge.close()
        judge.sock.close()


def test_without_a_page_the_socket_carries_everything() -> None:
    left, right = socket.socketpair()
    with left, right:
        judge, subject = link.Link(left), link.Link(right)
        judge.send({"op": "ping"}, b"raw")
        assert subject.receive() == {"op": "ping", wire.BLOB: b"raw"}


def test_a_last_message_sent_just_before_the_peer_ends_still_arrives() -> None:
    def answer_and_go(end: Any) -> None:
        end.receive()
        end.send({"re": "ok", "value": 5})  # then the process ends at once

    judge, pid = _forked(answer_and_go)
    try:
        judge.send({"op": "call"})
        os.waitpid(pid, 0)  # gone before the judge even looks
        assert judge.receive()["value"] == 5
        with pytest.raises(wire.ProtocolError, match="closed the channel"):
            judge.receive()
    finally:
        judge.close()
        judge.sock.close()
