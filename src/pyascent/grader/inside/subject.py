"""The subject: runs the learner's code and answers the judge's requests about it.

It never sees the hidden tests and holds no result channel: all it can do is answer, and
every answer is data the judge checks. Objects that are not plain values stay here and are
named by a handle. Standard library only.

Over 400 lines on purpose: the sandbox loads its modules by name from a fixed list
(zygote.py) and they reach each other only through it; one file per role keeps that seam
small.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import importlib
import inspect
import io
import json
import operator
import os
import socket
import subprocess
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyascent.grader.inside.wire import (
        ProtocolError,
        decode,
        encode,
        numpy_payload,
        numpy_value,
        receive,
        send,
    )
else:  # inside a check the sibling modules are loaded under names no learner file can take
    _wire = sys.modules["_pyascent_inside_wire"]
    ProtocolError, decode, encode = _wire.ProtocolError, _wire.decode, _wire.encode
    numpy_payload, receive, send = _wire.numpy_payload, _wire.receive, _wire.send
    numpy_value = _wire.numpy_value

OPERATORS = {
    name: getattr(operator, name)
    for name in (
        "add",
        "sub",
        "mul",
        "truediv",
        "floordiv",
        "mod",
        "pow",
        "matmul",
        "and_",
        "or_",
        "xor",
        "lshift",
        "rshift",
        "lt",
        "le",
        "gt",
        "ge",
        "neg",
        "pos",
        "abs",
        "invert",
    )
}

# A request's handler: given the message and its decoded target, the value to send back.
Handler = Callable[[dict[str, Any], Any], Any]


class CappedText(io.StringIO):
    """Captured output with a ceiling, like the file-size limit of a single-process check."""

    limit = 1024 * 1024

    def write(self, text: str) -> int:
        if self.tell() + len(text) > self.limit:
            raise OSError(27, "File too large")
        return super().write(text)


class JudgeFunction:
    """A function of the tests handed to the learner's code: calling it asks the judge."""

    def __init__(self, subject: Subject, handle: int) -> None:
        self._subject = subject
        self._handle = handle

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._subject.call_judge(self._handle, args, kwargs)

    def __repr__(self) -> str:
        return f"<function of the tests #{self._handle}>"


class Subject:
    def __init__(
        self, sock: socket.socket, work_dir: str, files: list[str], runner: bool = False
    ) -> None:
        self.runner = runner  # only runs programs: never imports the learner's code
        self.sock = sock
        self.work_dir = work_dir
        self.learner_paths = {os.path.join(work_dir, name) for name in files}
        self.handles: dict[int, Any] = {}
        self.by_id: dict[int, int] = {}
        self.next_handle = 1
        self.changed: dict[str, Any] = {}
        self.out = CappedText()
        self.err = CappedText()
        self.handlers = self._handlers()

    # -- values -------------------------------------------------------------------------

    def ref(self, value: Any) -> dict[str, Any]:
        array = numpy_payload(value)
        if array is not None:
            return array
        key = id(value)
        handle = self.by_id.get(key)
        if handle is None or self.handles.get(handle) is not value:
            handle = self.next_handle
            self.next_handle += 1
            self.handles[handle] = value
            self.by_id[key] = handle
        described: dict[str, Any] = {
            "r": handle,
            "type": type(value).__name__,
            "kind": _kind(value),
        }
        if isinstance(value, type):
            described["name"] = value.__name__
            if issubclass(value, BaseException):
                described["base"] = _builtin_base(value)
                described["parents"] = [
                    self.ref(base) for base in value.__bases__ if base.__module__ != "builtins"
                ]
        return described

    def value(self, encoded: Any) -> Any:
        def from_ref(item: dict[str, Any]) -> Any:
            if "np" in item:
                return numpy_value(item["np"])
            if "r" in item:
                return self.handles[int(item["r"])]
            if "j" in item:
                return JudgeFunction(self, int(item["j"]))
            raise ProtocolError("unknown reference")

        return decode(encoded, from_ref)

    def encoded(self, value: Any) -> Any:
        return encode(value, self.ref)

    # -- the loop ---------------------------------------------------------------------

    def serve(self) -> None:
        sys.stdout, sys.stderr = self.out, self.err
        while True:
            message = receive(self.sock)
            if message.get("op") == "bye":
                return
            send(self.sock, self.handle(message))

    def flushed(self) -> dict[str, str]:
        out, err = self.out.getvalue(), self.err.getvalue()
        self.out.seek(0)
        self.out.truncate()
        self.err.seek(0)
        self.err.truncate()
        return {"out": out[-65536:], "err": err[-65536:]}

    def _mutable_state(self, args: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        state = {}
        for key, value in [*enumerate(args), *kwargs.items()]:
            if type(value) in (list, dict, set):
                state[str(key)] = json.dumps(self.encoded(value), sort_keys=True)
        return state

    def _changes(
        self, before: dict[str, Any], args: list[Any], kwargs: dict[str, Any]
    ) -> dict[str, Any]:
        """Arguments the call changed in place: the judge applies the same change to its
        copies, so a test still sees that a list it passed was modified (or was not)."""
        changed = {}
        for key, value in [*enumerate(args), *kwargs.items()]:
            if str(key) in before:
                after = self.encoded(value)
                if json.dumps(after, sort_keys=True) != before[str(key)]:
                    changed[str(key)] = after
        return changed

    def handle(self, message: dict[str, Any]) -> dict[str, Any]:
        self.changed = {}
        self.returned_arg: str | None = None
        try:
            result = self.dispatch(message)
            try:
                reply: dict[str, Any] = {"re": "ok", "value": self.encoded(result)}
            except ProtocolError as exc:
                raise ValueError(
                    f"your code gave back a value too large to check ({exc})"
                ) from None
        except ProtocolError:
            raise
        except BaseException as exc:  # learner code may raise anything; report it as data
            reply = {"re": "exc", "exc": self.describe(exc)}
        if self.changed:
            reply["changed"] = self.changed
        if self.returned_arg is not None:
            reply["returned_arg"] = self.returned_arg
        reply.update(self.flushed())
        return reply

    def call_judge(self, handle: int, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        request = {
            "op": "callback",
            "fn": handle,
            "args": self.encoded(list(args)),
            "kwargs": self.encoded(kwargs),
            **self.flushed(),
        }
        send(self.sock, request)
        while True:
            message = receive(self.sock)
            if "op" in message:
                send(self.sock, self.handle(message))
                continue
            if message.get("re") == "ok":
                return self.value(message.get("value"))
            kind = getattr(builtins, str(message.get("type", "")), None)
            if not (isinstance(kind, type) and issubclass(kind, Exception)):
                kind = RuntimeError
            raise kind(str(message.get("message", "")))

    # -- requests ---------------------------------------------------------------------

    def dispatch(self, message: dict[str, Any]) -> Any:
        op = message["op"]
        if self.runner and op != "run_program":
            raise ProtocolError(f"the program runner does not do {op!r}")
        # The target is decoded before the op is looked up: a bad reference is reported as
        # such even with an unknown op.
        target: Any = self.value(message["target"]) if "target" in message else None
        handler = self.handlers.get(op) if isinstance(op, str) else None
        if handler is None:
            raise ProtocolError(f"unknown request {op!r}")
        return handler(message, target)

    def _handlers(self) -> dict[str, Handler]:
        """Each request the judge may send, by its op; anything else breaks the protocol."""
        value = self.value
        return {
            "import": self._import,
            "getattr": lambda m, t: getattr(t, str(m["name"])),
            "setattr": lambda m, t: setattr(t, str(m["name"]), value(m["value"])),
            "delattr": lambda m, t: delattr(t, str(m["name"])),
            "call": self._call,
            "method": self._call,
            "len": lambda m, t: len(t),
            "bool": lambda m, t: bool(t),
            "repr": lambda m, t: repr(t)[:4000],
            "str": lambda m, t: str(t)[:4000],
            "iter": lambda m, t: iter(t),
            "next": lambda m, t: next(t),
            "getitem": lambda m, t: t[value(m["key"])],
            "setitem": self._setitem,
            "delitem": lambda m, t: operator.delitem(t, value(m["key"])),
            "contains": lambda m, t: value(m["item"]) in t,
            "operator": lambda m, t: OPERATORS[str(m["name"])](*value(m["operands"])),
            "isinstance": lambda m, t: isinstance(value(m["item"]), t),
            "enter": lambda m, t: type(t).__enter__(t),
            "exit": lambda m, t: type(t).__exit__(t, None, None, None),
            "await": self._await,
            "release": self._release,
            "run_program": lambda m, t: self.run_program(m),
        }

    def _import(self, message: dict[str, Any], _target: Any) -> Any:
        name = str(message["name"])
        if message.get("reload") and name in sys.modules:
            return importlib.reload(sys.modules[name])
        return importlib.import_module(name)

    def _call(self, message: dict[str, Any], target: Any) -> Any:
        """Call a function or a method; report the arguments it changed in place."""
        args = self.value(message.get("args", {"l": []}))
        kwargs = self.value(message.get("kwargs", {"d": []}))
        if message["op"] == "method":
            target = getattr(target, str(message["name"]))
        before = self._mutable_state(args, kwargs)
        try:
            result = target(*args, **kwargs)
        finally:
            self.changed = self._changes(before, args, kwargs)
        for key, value in [*enumerate(args), *kwargs.items()]:
            if result is value and type(value) in (list, dict, set):
                self.returned_arg = str(key)  # "returns the list it was given"
        return result

    def _setitem(self, message: dict[str, Any], target: Any) -> None:
        item = self.value(message["value"])  # decoded first, as `t[k] = v` evaluates v first
        target[self.value(message["key"])] = item

    def _await(self, _message: dict[str, Any], target: Any) -> Any:
        if not inspect.iscoroutine(target):
            raise TypeError(f"object {type(target).__name__} can't be awaited")
        return asyncio.run(target)

    def _release(self, message: dict[str, Any], _target: Any) -> None:
        for handle in message.get("handles", []):
            self.handles.pop(int(handle), None)

    def run_program(self, message: dict[str, Any]) -> dict[str, Any]:
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "TMPDIR", "LANG")}
        env.update({"PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"})
        try:
            done = subprocess.run(
                [sys.executable, str(message["file"]), *[str(a) for a in message.get("args", [])]],
                input=str(message.get("stdin", "")),
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=float(message.get("timeout", 5)),
                env=env,
                cwd=self.work_dir,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return {"timeout": True}
        return {
            "returncode": done.returncode,
            "stdout": done.stdout[:20000],
            "stderr": done.stderr[:20000],
        }

    def _is_learners(self, cls: type) -> bool:
        """Defined in the learner's files (else: builtins, the standard library, a package)."""
        module = sys.modules.get(cls.__module__)
        path = getattr(module, "__file__", None) or ""
        return os.path.dirname(os.path.abspath(path)) == os.path.abspath(self.work_dir)

    def describe(self, exc: BaseException) -> dict[str, Any]:
        cls = type(exc)
        frames = [
            {
                "file": os.path.basename(f.filename),
                "line": f.lineno or 0,
                "function": f.name,
                "code": (f.line or "").strip(),
            }
            for f in traceback.extract_tb(exc.__traceback__)
            if f.filename in self.learner_paths or os.path.dirname(f.filename) == self.work_dir
        ]
        plain_args = []
        for arg in exc.args:
            try:
                plain_args.append(encode(arg, _refuse))
            except (ProtocolError, _NotPlain):
                plain_args.append(str(arg)[:2000])
        builtin = cls.__module__ == "builtins"
        attributes = {}
        for key, value in list(getattr(exc, "__dict__", {}).items())[:20]:
            if isinstance(key, str) and not key.startswith("_"):
                try:
                    attributes[key] = encode(value, _refuse)
                except (ProtocolError, _NotPlain):
                    continue
        return {
            "attributes": attributes,
            "type": cls.__name__,
            "module": cls.__module__,
            "qualname": cls.__qualname__,
            "builtin": builtin,
            "class": self.ref(cls) if self._is_learners(cls) else None,
            "base": _builtin_base(cls),
            "message": str(exc)[:2000],
            "args": plain_args,
            "frames": frames[-8:],
        }


class _NotPlain(Exception):
    pass


def _refuse(_value: Any) -> dict[str, Any]:
    raise _NotPlain


def _builtin_base(cls: type) -> str:
    for base in cls.__mro__:
        if base.__module__ == "builtins" and issubclass(base, BaseException):
            return base.__name__
    return "Exception"


def _kind(value: Any) -> str:
    if isinstance(value, type):
        return "exception-class" if issubclass(value, BaseException) else "class"
    if inspect.ismodule(value):
        return "module"
    if inspect.iscoroutine(value):
        return "coroutine"
    if inspect.isgenerator(value) or inspect.isasyncgen(value):
        return "generator"
    if callable(value):
        return "function"
    return "object"


def serve(fd: int, work_dir: str, files: list[str], runner: bool = False) -> None:
    sock = socket.socket(fileno=fd)
    sys.path.insert(0, work_dir)
    with contextlib.suppress(ProtocolError):
        Subject(sock, work_dir, files, runner).serve()
