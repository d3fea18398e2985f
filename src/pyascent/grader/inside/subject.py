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
import sys
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyascent.grader.inside import libraries
    from pyascent.grader.inside.link import Link
    from pyascent.grader.inside.programs import Programs
    from pyascent.grader.inside.wire import (
        BLOB,
        ProtocolError,
        decode,
        encode,
    )
else:  # inside a check the sibling modules are loaded under names no learner file can take
    _wire = sys.modules["_pyascent_inside_wire"]
    ProtocolError, decode, encode = _wire.ProtocolError, _wire.decode, _wire.encode
    libraries = sys.modules["_pyascent_inside_libraries"]
    Link = sys.modules["_pyascent_inside_link"].Link
    BLOB = _wire.BLOB
    Programs = sys.modules["_pyascent_inside_programs"].Programs

# What the tests may start from the learner's files (programs.py); the runner does only these.
PROGRAM_OPS = (
    "run_program",
    "start_server",
    "server_output",
    "stop_server",
    "install_package",
    "run_installed",
)

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

_ORDERING = {name: getattr(operator, name) for name in ("lt", "le", "gt", "ge")}

# A request's handler: given the message and its decoded target, the value to send back.
Handler = Callable[[dict[str, Any], Any], Any]


_MUTABLE = (list, dict, set)  # arguments a call may change in place, watched across it
_PLAIN = (type(None), bool, int, float, str)  # what a plain call carries: JSON's own scalars


class CappedText(io.StringIO):
    """Captured output with a ceiling, like the file-size limit of a single-process check."""

    limit = 1024 * 1024
    written = False

    def write(self, text: str) -> int:
        if self.tell() + len(text) > self.limit:
            raise OSError(27, "File too large")
        self.written = True
        return super().write(text)


def _judge_op(do: str, *names: str) -> Callable[..., Any]:
    def method(self: JudgeObject, *values: Any) -> Any:
        return self._ask(do, **dict(zip(names, values, strict=False)))

    return method


_NAMES_SENT = ("__name__", "__qualname__", "__module__")


def _judge_doc(self: JudgeObject) -> Any:
    return object.__getattribute__(self, "_pyascent_names").get("__doc__")


class JudgeObject:
    """An object of the tests handed to the learner's code (a callback, a file, a mock):
    every use asks the judge, which answers only through the object's public surface. The
    same object of the tests is always the same JudgeObject here, so `is` and `remove` work.
    """

    __slots__ = ("__weakref__", "_pyascent_handle", "_pyascent_names", "_pyascent_subject")

    def __init__(self, subject: Subject, handle: int, names: dict[str, str] | None = None) -> None:
        object.__setattr__(self, "_pyascent_subject", subject)
        object.__setattr__(self, "_pyascent_handle", handle)
        object.__setattr__(self, "_pyascent_names", names or {})

    __doc__ = property(_judge_doc)  # the test function's own

    def _ask(self, do: str, **fields: Any) -> Any:
        return self._pyascent_subject.call_judge(self._pyascent_handle, do, fields)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._ask("call", args=list(args), kwargs=kwargs)

    def __getattr__(self, name: str) -> Any:
        if name in _NAMES_SENT:  # a function of the tests: its names came with it
            known = object.__getattribute__(self, "_pyascent_names")
            if name in known:
                return known[name]
        if name.startswith("_"):
            raise AttributeError(f"the tests' objects show no {name!r}")
        return self._ask("getattr", name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        self._ask("setattr", name=name, value=value)

    def __delattr__(self, name: str) -> None:
        self._ask("delattr", name=name)

    def __iter__(self) -> Any:
        return self._ask("iter")

    def __next__(self) -> Any:
        return self._ask("next")

    def __enter__(self) -> Any:
        return self._ask("enter")

    def __exit__(self, kind: object = None, error: object = None, _tb: object = None) -> bool:
        """Leaving `with` on an object of the tests: it sees the learner's exception (as
        the judge rebuilds it from data) and may suppress it, as in one process."""
        if isinstance(error, BaseException):
            found = self._ask("exit", error=self._pyascent_subject.describe(error))
        else:
            found = self._ask("exit")
        return found is True

    def __eq__(self, other: object) -> Any:
        return True if other is self else self._ask("compare", name="eq", other=other)

    def __ne__(self, other: object) -> Any:
        return False if other is self else self._ask("compare", name="ne", other=other)

    def __hash__(self) -> int:
        return hash(("judge", self._pyascent_handle))

    def __repr__(self) -> str:
        return str(self._ask("repr"))

    __str__ = _judge_op("str")
    __len__ = _judge_op("len")
    __bool__ = _judge_op("bool")
    __getitem__ = _judge_op("getitem", "key")
    __setitem__ = _judge_op("setitem", "key", "value")
    __delitem__ = _judge_op("delitem", "key")
    __contains__ = _judge_op("contains", "item")

    def __lt__(self, other: object) -> Any:
        return self._ask("compare", name="lt", other=other)

    def __le__(self, other: object) -> Any:
        return self._ask("compare", name="le", other=other)

    def __gt__(self, other: object) -> Any:
        return self._ask("compare", name="gt", other=other)

    def __ge__(self, other: object) -> Any:
        return self._ask("compare", name="ge", other=other)


class Subject:
    def __init__(
        self,
        sock: socket.socket,
        work_dir: str,
        files: list[str],
        runner: bool = False,
        link: Link | None = None,
    ) -> None:
        self.runner = runner  # only runs programs: never imports the learner's code
        self.sock = sock
        self.link = link if link is not None else Link(sock)
        self.work_dir = work_dir
        self.learner_paths = {os.path.join(work_dir, name) for name in files}
        self.handles: dict[int, Any] = {}
        self.by_id: dict[int, int] = {}
        self.judge_objects: dict[int, JudgeObject] = {}
        self.stand_ins: dict[tuple[str, ...], type[BaseException]] = {}
        self.judge_functions: set[int] = set()  # handles of the tests' plain functions
        self.next_handle = 1
        self.changed: dict[str, Any] = {}
        self.blob = b""  # the raw part of the message being answered
        self.reply_blob = bytearray()
        self.out = CappedText()
        self.err = CappedText()
        self.programs = Programs(work_dir)
        self.handlers = self._handlers()
        self.lock = threading.RLock()

    # -- values -------------------------------------------------------------------------

    def ref(self, value: Any) -> dict[str, Any]:
        if type(value) is JudgeObject:  # the tests' own object, given back: the same one there
            return {"j": value._pyascent_handle}
        by_value = libraries.payload(value)
        if by_value is not None:
            return by_value
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

    def _from_ref(self, item: dict[str, Any]) -> Any:
        if libraries.KEY in item:
            return libraries.rebuilt(item)
        if "r" in item:
            return self.handles[int(item["r"])]
        if "x" in item:
            return self.stand_in(item["x"])
        if "j" in item:
            handle = int(item["j"])
            known = self.judge_objects.get(handle)
            if known is None:
                sent = {"n": "__name__", "q": "__qualname__", "m": "__module__", "doc": "__doc__"}
                names = {attr: str(item[k]) for k, attr in sent.items() if k in item}
                known = self.judge_objects[handle] = JudgeObject(self, handle, names)
            if item.get("f") == 1:
                self.judge_functions.add(handle)
            return known
        raise ProtocolError("unknown reference")

    def value(self, encoded: Any, blob: bytes | None = None) -> Any:
        return decode(encoded, self._from_ref, self.blob if blob is None else blob)

    def encoded(self, value: Any, blob: bytearray | None = None) -> Any:
        return encode(value, self.ref, self.reply_blob if blob is None else blob)

    # -- the loop ---------------------------------------------------------------------

    def serve(self) -> None:
        sys.stdout, sys.stderr = self.out, self.err
        while True:
            message = self.link.receive()
            if type(message) is dict and message.get("op") == "bye":
                return
            reply, blob = self.answer(message)
            self.link.send(reply, blob)

    def flushed(self) -> dict[str, str]:
        if not (self.out.written or self.err.written):
            return {}
        self.out.written = self.err.written = False
        out, err = self.out.getvalue(), self.err.getvalue()
        self.out.seek(0)
        self.out.truncate()
        self.err.seek(0)
        self.err.truncate()
        return {"out": out[-65536:], "err": err[-65536:]}

    def _snapshot(self, value: Any) -> Any:
        if len(value) > 1000 and type(value) is list:
            return list(value)  # a long list: its items compared after the call, not re-sent
        scratch = bytearray()
        return (json.dumps(self.encoded(value, scratch), sort_keys=True), bytes(scratch))

    def _mutable_state(self, args: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        state: dict[str, Any] = {}
        if not kwargs and not any(type(value) in _MUTABLE for value in args):
            return state  # scalars only, the usual call: nothing to watch
        for key, value in [*enumerate(args), *kwargs.items()]:
            if type(value) in _MUTABLE:
                state[str(key)] = self._snapshot(value)
        return state

    def _changes(
        self, before: dict[str, Any], args: list[Any], kwargs: dict[str, Any]
    ) -> dict[str, Any]:
        """Arguments the call changed in place: the judge applies the same change to its
        copies, so a test still sees that a list it passed was modified (or was not)."""
        changed = {}
        for key, value in [*enumerate(args), *kwargs.items()] if before else ():
            if str(key) in before:
                old = before[str(key)]
                if isinstance(old, list):
                    if len(old) != len(value) or old != value:
                        changed[str(key)] = self.encoded(value)
                elif self._snapshot(value) != old:
                    changed[str(key)] = self.encoded(value)
        return changed

    def answer(self, message: Any) -> tuple[Any, bytearray]:
        """The reply to one request of the judge: a plain call (a list) or any other (a dict)."""
        if type(message) is list:
            return self._plain_call(message)
        return self.handle(message)

    def _plain_call(self, message: list[Any]) -> tuple[Any, bytearray]:
        """["c", handle, *args]: a call with plain arguments only, the commonest request.

        The learner's function cannot change a number or a string in place, so nothing is
        watched across the call; a plain result with no output goes back as [result].
        """
        if self.runner or len(message) < 2 or message[0] != "c" or type(message[1]) is not int:
            raise ProtocolError("a malformed call")
        args = message[2:]
        for arg in args:
            if type(arg) not in _PLAIN:
                raise ProtocolError("a plain call with an argument that is not plain")
        if message[1] not in self.handles:
            raise ProtocolError("unknown reference")
        target = self.handles[message[1]]
        saved = self.reply_blob
        self.reply_blob = bytearray()
        try:
            try:
                result = target(*args)
                if type(result) in _PLAIN and not (self.out.written or self.err.written):
                    return [result], self.reply_blob
                try:
                    reply: dict[str, Any] = {"re": "ok", "value": self.encoded(result)}
                except ProtocolError as exc:
                    raise ValueError(
                        f"your code gave back a value too large to check ({exc})"
                    ) from None
            except ProtocolError:
                raise
            except BaseException as exc:  # learner code may raise anything; report it as data
                self.reply_blob = bytearray()
                reply = {"re": "exc", "exc": self.describe(exc)}
            reply.update(self.flushed())
            return reply, self.reply_blob
        finally:
            self.reply_blob = saved

    def handle(self, message: dict[str, Any]) -> tuple[dict[str, Any], bytearray]:
        saved = self.blob, self.reply_blob, self.changed, getattr(self, "returned_arg", None)
        self.blob, self.reply_blob = message.get(BLOB, b""), bytearray()
        self.changed = {}
        self.returned_arg: str | None = None
        try:
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
                self.reply_blob = bytearray()
                reply = {"re": "exc", "exc": self.describe(exc)}
            if self.changed:
                reply["changed"] = self.changed
            if self.returned_arg is not None:
                reply["returned_arg"] = self.returned_arg
            reply.update(self.flushed())
            return reply, self.reply_blob
        finally:
            self.blob, self.reply_blob, self.changed, self.returned_arg = saved

    def call_judge(self, handle: int, do: str, fields: dict[str, Any]) -> Any:
        """Ask the judge to use one of the tests' objects (see JudgeObject); the learner's
        threads take turns, as the tests' threads do on the judge's side."""
        with self.lock:
            return self._call_judge_alone(handle, do, fields)

    def _call_judge_alone(self, handle: int, do: str, fields: dict[str, Any]) -> Any:
        blob = bytearray()
        request = {"op": "j", "do": do, "fn": handle, **self.flushed()}
        for key, value in fields.items():
            request[key] = value if key == "name" else self.encoded(value, blob)
        self.link.send(request, blob)
        while True:
            message = self.link.receive()
            if type(message) is list or "op" in message:
                reply, reply_blob = self.answer(message)
                self.link.send(reply, reply_blob)
                continue
            if message.get("re") == "ok":
                return self.value(message.get("value"), message.get(BLOB, b""))
            family = message.get("family") or [message.get("type", "")]
            raise self.rebuilt(family, message.get("args"), message.get("message", ""))

    def rebuilt(self, family: Any, args: Any, message: Any) -> BaseException:
        """An exception of the tests, made here: its arguments when they were plain."""
        cls = self.stand_in(family)
        if type(args) is list and all(type(a) in _PLAIN for a in args):
            try:
                return cls(*args)
            except Exception:  # a class that wants other arguments: its message only
                pass
        return cls(str(message)[:2000])

    def stand_in(self, family: Any) -> type[BaseException]:
        """The exception class of the tests named by `family` (its name, then its ancestors'
        up to a built-in one): that built-in class itself, or a subclass of it by that name,
        made once, so the learner's `except` clauses and `retry(exceptions=...)` work."""
        names = [str(n) for n in family if isinstance(n, str)][:8] if type(family) is list else []
        base = getattr(builtins, names[-1], None) if names else None
        if not (isinstance(base, type) and issubclass(base, BaseException)):
            base = RuntimeError
        if len(names) <= 1:
            return base
        key = tuple(names)
        made = self.stand_ins.get(key)
        if made is None:
            made = type(names[0], (base,), {"__module__": "tests", "__qualname__": names[0]})
            self.stand_ins[key] = made
        return made

    # -- requests ---------------------------------------------------------------------

    def dispatch(self, message: dict[str, Any]) -> Any:
        op = message["op"]
        if self.runner and op not in PROGRAM_OPS:
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
            "setattr": self._setattr,
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
            "compare": self._compare,
            "hash": lambda m, t: hash(t),
            "enter": lambda m, t: type(t).__enter__(t),
            "exit": self._exit,
            "await": self._await,
            "release": self._release,
            "picture": self._picture,
            **{op: self._program_op(op) for op in PROGRAM_OPS},
        }

    def _picture(self, message: dict[str, Any], target: Any) -> bytes:
        """A matplotlib figure (or the Axes on one; None: pyplot's current figure) as PNG,
        drawn here where it lives, for the tests to show the learner (`show_figure`)."""
        if target is None:
            pyplot = sys.modules.get("matplotlib.pyplot")
            if pyplot is None or not pyplot.get_fignums():
                raise ValueError("your code has not drawn a figure with matplotlib.pyplot")
            target = pyplot.gcf()
        figure = target if hasattr(target, "savefig") else getattr(target, "figure", None)
        if figure is None or not hasattr(figure, "savefig"):
            raise TypeError(f"a {type(target).__name__} is not a matplotlib figure or Axes")
        buffer = io.BytesIO()
        dpi = min(max(int(message.get("dpi", 80)), 30), 150)
        figure.savefig(buffer, format="png", dpi=dpi)
        return buffer.getvalue()

    def _program_op(self, op: str) -> Handler:
        def handle(message: dict[str, Any], _target: Any) -> Any:
            return getattr(self.programs, op)(message)

        return handle

    def _exit(self, message: dict[str, Any], target: Any) -> Any:
        """The tests leave a `with` on a learner's object, perhaps with an exception."""
        raised = message.get("raised")
        if type(raised) is not dict:
            return type(target).__exit__(target, None, None, None)
        error = self.rebuilt(raised.get("family"), raised.get("args"), raised.get("message", ""))
        return type(target).__exit__(target, type(error), error, None) is True

    def _import(self, message: dict[str, Any], _target: Any) -> Any:
        name = str(message["name"])
        if message.get("reload") and name in sys.modules:
            return importlib.reload(sys.modules[name])
        return importlib.import_module(name)

    def _call(self, message: dict[str, Any], target: Any) -> Any:
        """Call a function or a method; report the arguments it changed in place."""
        args = self.value(message.get("args", {"l": []}))
        kwargs = self.value(message["kwargs"]) if "kwargs" in message else {}
        if message["op"] == "method":
            target = getattr(target, str(message["name"]))
        before = self._mutable_state(args, kwargs)
        try:
            result = target(*args, **kwargs)
        finally:
            self.changed = self._changes(before, args, kwargs)
        if type(result) in _MUTABLE:
            for key, value in [*enumerate(args), *kwargs.items()]:
                if result is value:
                    self.returned_arg = str(key)  # "returns the list it was given"
        return result

    def _compare(self, message: dict[str, Any], target: Any) -> Any:
        """Two of the learner's objects compared by the learner's own methods. == and != are
        both asked, so the judge can refuse an answer where they disagree."""
        other = self.value(message["other"])
        name = str(message["name"])
        if name in ("eq", "ne"):
            return [target == other, target != other]
        return _ORDERING[name](target, other)

    def _setattr(self, message: dict[str, Any], target: Any) -> None:
        """The tests set an attribute (often a patch). A function of the tests set on a
        learner's class must bind like a method, as it would in one process: wrap it."""
        value = self.value(message["value"])
        if (
            isinstance(target, type)
            and type(value) is JudgeObject
            and value._pyascent_handle in self.judge_functions
        ):
            value = _as_method(value)
        setattr(target, str(message["name"]), value)

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

    def _is_learners(self, cls: type) -> bool:
        """Defined in the learner's files (else: builtins, the standard library, a package)."""
        module = sys.modules.get(cls.__module__)
        path = getattr(module, "__file__", None) or ""
        if not path:
            return False
        folder = os.path.abspath(self.work_dir)
        return os.path.commonpath([folder, os.path.abspath(path)]) == folder

    def describe(self, exc: BaseException) -> dict[str, Any]:
        cls = type(exc)
        frames = [
            {
                "file": os.path.relpath(f.filename, self.work_dir)
                if f.filename in self.learner_paths
                else os.path.basename(f.filename),
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
            "tests_family": next((list(k) for k, v in self.stand_ins.items() if v is cls), None),
            "base": _builtin_base(cls),
            "message": str(exc)[:2000],
            "args": plain_args,
            "frames": frames[-8:],
        }


def _as_method(proxy: JudgeObject) -> Callable[..., Any]:
    def method(*args: Any, **kwargs: Any) -> Any:
        return proxy(*args, **kwargs)

    return method


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


def serve(
    fd: int, work_dir: str, files: list[str], runner: bool = False, shared: Any = None
) -> None:
    """Answer the judge until it says bye. `shared` is the fast lane's (memory, bells), or
    None for the socket alone."""
    sock = socket.socket(fileno=fd)
    link = Link(sock, shared[0], 1, shared[1]) if shared is not None else Link(sock)
    sys.path.insert(0, work_dir)
    if any(name.startswith("src/") for name in files):
        sys.path.insert(0, os.path.join(work_dir, "src"))  # a src/ layout imports from there
    subject = Subject(sock, work_dir, files, runner, link)
    try:
        with contextlib.suppress(ProtocolError):
            subject.serve()
    finally:
        subject.programs.close()
