"""The judge-subject channel's fast lane: messages through memory both processes map.

A round trip over the socket costs two wake-ups of a sleeping process, tens of
microseconds each in a VM, plus four system calls; a test that calls the learner's code
10,000 times pays that 10,000 times. Here a message is copied into a shared page and
published by bumping a sequence number; the reader, which is usually polling for exactly
that answer, sees it without a system call. A reader that has polled in vain for a moment
goes to sleep on an eventfd and says so in its flag, and the writer rings that eventfd only
then. The socket stays: it carries frames too large for the page and tells either side when
the other one has gone.

The shared page is mapped by exactly two processes, created for one check and never
reused. It holds only what one side sends the other, so a hostile subject that scribbles on
it only sends itself garbage or sends the judge a malformed message, which `wire.parse`
refuses. The judge copies a frame out of the page in one piece before parsing it, and
checks every size it reads there.

Memory order: stores are not reordered with stores nor loads with loads on x86_64 (TSO), so
a reader that sees the new sequence number sees the frame written before it. A store and a
later load may still pass each other, which could make a writer miss a reader's flag just
set; a sleeping reader therefore also wakes on a short, growing timeout and looks again.
Elsewhere than x86_64 the lane is not used (`available`), and the socket carries everything.
Standard library only.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import platform
import select
import socket
import struct
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyascent.grader.inside.wire import (
        BLOB,
        ProtocolError,
        frame,
        json_part,
        message_of,
        receive,
    )
else:
    _wire = sys.modules["_pyascent_inside_wire"]
    BLOB, ProtocolError, frame = _wire.BLOB, _wire.ProtocolError, _wire.frame
    json_part, message_of, receive = _wire.json_part, _wire.message_of, _wire.receive

CONTROL = 4096  # one 64-byte block per side: sequence number, sizes, sleep flag
CAPACITY = 16 << 20  # the largest frame that goes through the page; larger ones use the socket
SIZE = CONTROL + 2 * CAPACITY
ON_SOCKET = 0xFFFFFFFF  # the size announced for a frame that follows on the socket
_WORD = struct.Struct("<I")  # at +0 of a side's block: its sequence number
_SIZES = struct.Struct("<II")  # at +4: sizes of the JSON and raw parts; at +12: asleep
# Poll for the answer this long before sleeping. A sleeping process takes tens of
# microseconds to wake; a call into the learner's code usually answers in a few.
SPIN_SECONDS = 0.0002
_CLOCK_EVERY = 16  # polls between looks at the clock
_YIELD_EVERY = 256  # polls between sched_yield calls: a peer waiting for this core runs
_FIRST_NAP = 0.001  # a sleeper looks again after this long even without a ring...
_LONGEST_NAP = 0.05  # ...doubling up to this, in case the ring was lost (see above)


def available() -> bool:
    """Whether this machine's memory order makes the lane sound (see the module docstring)."""
    return platform.machine() in ("x86_64", "AMD64") and hasattr(os, "eventfd")


def create() -> tuple[mmap.mmap, tuple[int, int]]:
    """The shared page and the two eventfds (one wakes each side) of one check."""
    flags = os.EFD_NONBLOCK | os.EFD_CLOEXEC
    return mmap.mmap(-1, SIZE), (os.eventfd(0, flags), os.eventfd(0, flags))


class Link:
    """One side's end of the channel: `send` and `receive` whole messages.

    Without a shared page (`memory` None) it is the plain socket channel of `wire`. The
    protocol is strictly one message at a time in each direction, which is what lets one
    slot per direction do.
    """

    def __init__(
        self,
        sock: socket.socket,
        memory: mmap.mmap | None = None,
        side: int = 0,
        bells: tuple[int, int] = (-1, -1),
    ) -> None:
        self.sock = sock
        self.memory = memory
        self.mine = side * 64  # my control block: I write my sequence number and size here
        self.theirs = (1 - side) * 64
        self.out = CONTROL + side * CAPACITY
        self.inbox = CONTROL + (1 - side) * CAPACITY
        self.wake_me, self.wake_them = bells[side], bells[1 - side]
        self.sent = 0
        self.seen = 0
        # The judge (side 0) checks the socket after each message from the page: bytes that
        # no message announced mean the learner's code wrote on the channel's descriptor, and
        # the check must end the same way every time, not only when the judge happened to
        # sleep. One poll(0): under a microsecond.
        self.watch: select.poll | None = None
        if memory is not None and side == 0:
            self.watch = select.poll()
            self.watch.register(sock, select.POLLIN)

    def send(self, message: Any, blob: bytes | bytearray = b"") -> None:
        """Send a message: an object, or (through the page only) a plain call's array."""
        memory = self.memory
        if memory is None:
            self.sock.sendall(frame(message, blob))
            return
        data = json_part(message, len(blob))
        size = len(data) + len(blob)
        seq = (self.sent + 1) & 0xFFFFFFFF
        mine = self.mine
        if size <= CAPACITY:
            start = self.out
            memory[start : start + len(data)] = data
            if blob:
                memory[start + len(data) : start + size] = blob
            _SIZES.pack_into(memory, mine + 4, len(data), len(blob))
        else:
            _SIZES.pack_into(memory, mine + 4, ON_SOCKET, 0)
        _WORD.pack_into(memory, mine, seq)  # published: the reader may take it from here
        self.sent = seq
        if memory[self.theirs + 12]:  # the other side sleeps: ring
            with contextlib.suppress(OSError):  # a full counter: it is awake anyway
                os.eventfd_write(self.wake_them, 1)
        if size > CAPACITY:
            self.sock.sendall(frame(message, blob))

    def receive(self) -> Any:
        """The next message; an object's raw part (if any) under wire.BLOB."""
        memory = self.memory
        if memory is None:
            return receive(self.sock)
        seq = (self.seen + 1) & 0xFFFFFFFF
        theirs = self.theirs
        if _WORD.unpack_from(memory, theirs)[0] != seq:
            self._wait(memory, seq)
        self.seen = seq
        size, blob_size = _SIZES.unpack_from(memory, theirs + 4)
        if size == ON_SOCKET:
            return receive(self.sock)
        if size + blob_size > CAPACITY:
            raise ProtocolError(f"a frame of {size + blob_size} bytes in the shared page")
        if self.watch is not None and self.watch.poll(0):
            self._socket_without_message(gone_is_fine=True)  # this message came whole
        start = self.inbox
        message = message_of(memory[start : start + size], lists=True)
        if type(message) is dict:
            message[BLOB] = memory[start + size : start + size + blob_size] if blob_size else b""
        return message

    def _wait(self, memory: mmap.mmap, seq: int) -> None:
        """Until the other side publishes message `seq`: poll, then sleep.

        Polling raises nothing, so a tracer of the learner's sees no exception here.
        """
        unpack, where = _WORD.unpack_from, self.theirs
        deadline = time.perf_counter() + SPIN_SECONDS
        polls = 0
        while unpack(memory, where)[0] != seq:
            polls += 1
            if polls % _CLOCK_EVERY == 0:
                if time.perf_counter() > deadline:
                    break
                if polls % _YIELD_EVERY == 0:
                    os.sched_yield()
        else:
            return
        memory[self.mine + 12] = 1
        nap = _FIRST_NAP
        try:
            while unpack(memory, where)[0] != seq:
                ready: list[Any] = select.select((self.wake_me, self.sock.fileno()), (), (), nap)[0]
                nap = min(nap * 2, _LONGEST_NAP)
                if self.wake_me in ready:
                    with contextlib.suppress(BlockingIOError):  # drained: a spurious wake
                        os.eventfd_read(self.wake_me)
                if self.sock.fileno() in ready and unpack(memory, where)[0] != seq:
                    self._socket_without_message()
        finally:
            memory[self.mine + 12] = 0

    def _socket_without_message(self, gone_is_fine: bool = False) -> None:
        """The socket became readable with no message announced: the other side has gone,
        or broke the protocol. (Gone after a whole message is only an ending: the next
        receive reports it.)"""
        try:
            peeked = self.sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        except BlockingIOError:
            return
        if not peeked:
            if gone_is_fine:
                return
            raise ProtocolError("the other side closed the channel")
        raise ProtocolError("it wrote straight onto the channel's socket")

    def close(self) -> None:
        """Unmap the page and close the eventfds (the socket belongs to the caller)."""
        if self.memory is not None:
            self.memory.close()
            self.memory = None
        for fd in {self.wake_me, self.wake_them}:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.wake_me = self.wake_them = -1
