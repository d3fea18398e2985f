"""The judge side: the learner's modules seen through proxies, answered by the subject.

Tests keep writing `from adder import add`: the import yields a proxy module, and calls,
attribute reads, iteration, indexing, context managers, awaiting and exceptions cross the
channel. Plain values and standard-library values come back as real values; anything else
stays in the subject and is represented here by a proxy. Against a value of the tests a
proxy runs no learner code (it equals only itself), so a learner's object with `__eq__`
returning True cannot fool an assertion; two of the learner's objects are compared by the
learner's own methods, and the answer must be an exact bool with == and != agreeing.

The tests' own objects (files, mocks, callbacks) go the other way as proxies in the subject,
answered here through their public surface only (`Channel._serve`). Patching the learner's
module (mock.patch("grep.open"), monkeypatch.setattr) sets the name in the subject.

Over 400 lines on purpose: the sandbox loads its modules by name from a fixed list
(zygote.py) and they reach each other only through it; one file per role keeps that seam
small.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import importlib.abc
import importlib.machinery
import operator
import socket
import sys
import threading
import types
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyascent.grader.inside import libraries
    from pyascent.grader.inside.link import Link
    from pyascent.grader.inside.wire import (
        BLOB,
        ProtocolError,
        decode,
        encode,
    )
else:
    _wire = sys.modules["_pyascent_inside_wire"]
    ProtocolError, decode, encode = _wire.ProtocolError, _wire.decode, _wire.encode
    libraries = sys.modules["_pyascent_inside_libraries"]
    Link = sys.modules["_pyascent_inside_link"].Link
    BLOB = _wire.BLOB

# What the learner's code may never hold of the judge's: these lead to its globals, its
# code, its frames or its classes. (Dunder and _private names are refused on every object.)
_NEVER_HANDED = (
    types.ModuleType,
    type,
    types.FrameType,
    types.CodeType,
    types.TracebackType,
    types.CellType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
)
# Objects of these packages run the test session itself (pytest's fixtures, its plugins,
# ours): handing one over would let the learner's code reach the results.
_PRIVATE_PACKAGES = ("_pytest", "pytest", "pluggy", "_pyascent_inside", "importlib", "sys")
_PUBLIC_OPS: dict[str, Callable[[Any], Any]] = {
    "iter": iter,
    "next": next,
    "len": len,
    "bool": bool,
    "str": lambda target: str(target)[:4000],
    "repr": lambda target: repr(target)[:4000],
    "enter": lambda target: target.__enter__(),
    "hash": hash,
}
_COMPARE = {name: getattr(operator, name) for name in ("eq", "ne", "lt", "le", "gt", "ge")}


_PLAIN = (type(None), bool, int, float, str)  # what a plain call and its answer carry


class SubjectFailed(Exception):
    """The learner's process died, hung up, or broke the protocol; the test cannot pass."""


class Channel:
    """Requests to the subject; answers the subject's uses of the tests' objects."""

    def __init__(self, sock: socket.socket, link: Link | None = None) -> None:
        self.sock = sock
        self.link = link if link is not None else Link(sock)
        self.plain = self.link.memory is not None  # plain calls as arrays: the page only
        self.lock = threading.RLock()
        self.proxies: dict[int, Any] = {}
        self.objects: dict[int, Any] = {}  # the tests' objects the learner's code holds
        self.dead: str | None = None
        self.learner_names: set[str] = set()
        self.replay: Callable[[str, str], None] = _replay_output
        self.pending = bytearray()  # raw part of the next message, filled by `encoded`
        self.families: dict[tuple[str, ...], type] = {}  # exception classes sent, by family

    def _send(self, message: Any) -> None:
        blob, self.pending = self.pending, bytearray()
        self.link.send(message, blob)

    def request(self, op: str, **fields: Any) -> Any:
        originals = fields.pop("_originals", None)
        return self._exchange({"op": op, **fields}, originals)

    def call_plain(self, handle: int, args: tuple[Any, ...]) -> Any:
        """A call whose arguments are all plain scalars: ["c", handle, *args], answered by
        [result] when the result is plain too (see subject.py). Only through the shared
        page, where messages may be arrays."""
        return self._exchange(["c", handle, *args], None)

    def _exchange(self, request: Any, originals: Any) -> Any:
        # One exchange at a time: the tests' threads calling the learner's code at once
        # take turns on the channel (re-entrant: a callback answered inside one is fine).
        with self.lock:
            return self._exchange_alone(request, originals)

    def _exchange_alone(self, request: Any, originals: Any) -> Any:
        if self.dead is not None:
            raise SubjectFailed(f"not run: {self.dead}")
        try:
            self._send(request)
            while True:
                message = self.link.receive()
                if type(message) is list:
                    if len(message) == 1 and type(message[0]) in _PLAIN:
                        return message[0]
                    raise ProtocolError("a malformed answer")
                if "out" in message or "err" in message:
                    self.replay(str(message.get("out", "")), str(message.get("err", "")))
                if "op" in message:
                    self._send(self._serve(message))
                    continue
                break
        except (OSError, ProtocolError) as exc:
            self.pending = bytearray()
            self.dead = f"your program stopped answering ({exc})"
            if "closed the channel" in str(exc):
                raise SubjectFailed(
                    f"Your code's process ended while the test was running: {exc}"
                ) from None
            raise SubjectFailed(
                f"Your code broke the channel between it and the tests: {exc}"
            ) from None
        blob = message[BLOB]
        changed = message.get("changed")
        if changed and originals is not None:
            self._apply_changes(changed, originals, blob)
        if message.get("re") == "ok":
            returned = message.get("returned_arg")
            if isinstance(returned, str) and originals is not None:
                positional, named = originals
                if returned.isdigit() and int(returned) < len(positional):
                    return positional[int(returned)]
                if returned in named:
                    return named[returned]
            return self.value(message.get("value"), blob)
        raise remote_exception(self, message.get("exc") or {})

    def _apply_changes(
        self, changed: dict[str, Any], originals: tuple[list[Any], dict[str, Any]], blob: bytes
    ) -> None:
        """Mirror in-place changes the learner's code made to the lists, dicts and sets the
        test passed, as if they had been shared."""
        positional, named = originals
        for key, encoded in changed.items():
            target = (
                positional[int(key)]
                if key.isdigit() and int(key) < len(positional)
                else named.get(key)
            )
            new = self.value(encoded, blob)
            if isinstance(target, list) and isinstance(new, list):
                target[:] = new
            elif isinstance(target, (dict, set)) and type(new) is type(target):
                target.clear()
                target.update(new)

    def compare(self, name: str, left: RemoteObject, right: RemoteObject) -> bool:
        """Two of the learner's objects, compared by the learner's methods in the subject.

        The answer must be exactly True or False, and == and != must agree: an object that
        claims to equal everything then also fails assertNotEqual."""
        answer = self.request(
            "compare",
            target={"r": left._pyascent_handle},
            name=name,
            other={"r": right._pyascent_handle},
        )
        kind = left._pyascent_type
        if name in ("eq", "ne"):
            if not (
                type(answer) is list and len(answer) == 2 and all(type(a) is bool for a in answer)
            ):
                raise TypeError(f"comparing two {kind} objects must give True or False")
            equal, unequal = answer
            if equal == unequal:
                raise TypeError(
                    f"== and != disagree for two {kind} objects: == gives {equal}, "
                    f"!= gives {unequal}"
                )
            return bool(equal if name == "eq" else unequal)
        if type(answer) is not bool:
            raise TypeError(f"comparing two {kind} objects must give True or False")
        return answer

    def _serve(self, message: dict[str, Any]) -> dict[str, Any]:
        """The learner's code uses one of the tests' objects: only its public surface."""
        try:
            key = message.get("fn")
            if type(key) is not int or key not in self.objects:
                raise ProtocolError("unknown object of the tests")
            target = self.objects[key]
            blob = message[BLOB]
            do = message.get("do", "call")
            name = message.get("name")
            if name is not None and not (isinstance(name, str) and _public(name)):
                raise AttributeError(f"the tests' objects show no {str(name)[:80]!r}")
            if do == "call":
                args = self.value(message.get("args", {"l": []}), blob)
                kwargs = self.value(message.get("kwargs", {"d": []}), blob)
                if not (type(args) is list and type(kwargs) is dict):
                    raise ProtocolError("malformed arguments")
                result = target(*args, **{str(k): v for k, v in kwargs.items()})
            elif do == "getattr" and name is not None:
                result = getattr(target, name)
            elif do == "setattr" and name is not None:
                setattr(target, name, self.value(message.get("value"), blob))
                result = None
            elif do == "delattr" and name is not None:
                delattr(target, name)
                result = None
            elif do == "exit":  # bound, as `with` finds it (a mock's __exit__ included)
                error = message.get("error")
                if error is not None:
                    raised = remote_exception(self, self.value(error, blob))
                    result = target.__exit__(type(raised), raised, None)
                else:
                    result = target.__exit__(None, None, None)
                result = result is True  # only an exact True suppresses the learner's error
            elif do in _PUBLIC_OPS:
                result = _PUBLIC_OPS[do](target)
            elif do == "getitem":
                result = target[self.value(message.get("key"), blob)]
            elif do == "setitem":
                item = self.value(message.get("value"), blob)
                target[self.value(message.get("key"), blob)] = item
                result = None
            elif do == "delitem":
                del target[self.value(message.get("key"), blob)]
                result = None
            elif do == "contains":
                result = self.value(message.get("item"), blob) in target
            elif do == "compare" and name in _COMPARE:
                result = _COMPARE[name](target, self.value(message.get("other"), blob))
            else:
                raise ProtocolError(f"unknown use of an object of the tests: {str(do)[:40]}")
            return {"re": "ok", "value": self.encoded(result)}
        except Exception as exc:
            self.pending = bytearray()
            # An assertion of the tests that fails inside a callback says nothing more: its
            # message would show the learner's code what the hidden test expects.
            text = "" if isinstance(exc, AssertionError) else str(exc)[:2000]
            family = self.family_of(type(exc))
            reply = {"re": "exc", "type": type(exc).__name__, "family": family, "message": text}
            return {**reply, "args": plain_args(exc)} if text else reply

    def family_of(self, cls: type) -> list[str]:
        """`exception_family`, remembered: when the learner's code raises the stand-in made
        from it, the tests get their own class back (`remote_exception`)."""
        family = exception_family(cls)
        self.families.setdefault(tuple(family), cls)
        return family

    def encoded(self, value: Any) -> Any:
        def as_ref(item: Any) -> dict[str, Any]:
            by_value = libraries.payload(item)
            if by_value is not None:
                return by_value
            handle = _handle_of(item)
            if handle is not None:
                return {"r": handle}
            if isinstance(item, type) and issubclass(item, BaseException):
                return {"x": self.family_of(item)}  # the learner's side makes a stand-in
            refused = _refused(item)
            if refused:
                raise TypeError(f"{refused} cannot be passed to the learner's code")
            key = id(item)
            self.objects[key] = item
            if isinstance(item, types.FunctionType):  # set on a class, it becomes a method
                # Its names and docstring travel with it, for functools.wraps over there.
                doc = item.__doc__ if isinstance(item.__doc__, str) else None
                names = {"n": item.__name__, "q": item.__qualname__, "m": str(item.__module__)}
                return {"j": key, "f": 1, **names, **({"doc": doc[:2000]} if doc else {})}
            return {"j": key}

        return encode(value, as_ref, self.pending, self.learner_names)

    def value(self, encoded: Any, blob: bytes = b"") -> Any:
        return decode(encoded, self._from_ref, blob, self.learner_names)

    def _from_ref(self, item: dict[str, Any]) -> Any:
        if libraries.KEY in item:
            return libraries.rebuilt(item)
        if "j" in item and len(item) == 1:  # one of the tests' objects, given back
            key = item["j"]
            if type(key) is not int or key not in self.objects:
                raise ProtocolError("unknown object of the tests")
            return self.objects[key]
        handle = int(item["r"])
        known = self.proxies.get(handle)
        if known is not None:
            return known
        kind = item.get("kind", "object")
        proxy: Any
        if kind == "exception-class":
            # A stand-in class with the same family tree as the learner's exception, so
            # pytest.raises(module.TheirError), isinstance and issubclass all hold.
            parents = tuple(self.value(p) for p in item.get("parents", []))
            base = getattr(builtins, str(item.get("base", "Exception")), Exception)
            if not (isinstance(base, type) and issubclass(base, BaseException)):
                base = Exception
            bases = tuple(p for p in parents if isinstance(p, type)) or (base,)
            proxy = type(str(item.get("name", "LearnerError")), bases, {"_pyascent_handle": handle})
        elif kind == "class":
            proxy = RemoteClass(str(item.get("name", "Remote")), (), {"_pyascent_handle": handle})
            proxy._pyascent_channel = self
        elif kind == "coroutine":
            proxy = _awaiting(self, handle)
        else:
            proxy = RemoteObject(self, handle, str(item.get("type", "object")), kind)
        self.proxies[handle] = proxy
        return proxy


def _public(name: str) -> bool:
    return not name.startswith("_") and name.isidentifier()


def _handle_of(item: Any) -> int | None:
    """The subject's handle when `item` is a proxy of the learner's (never asks it)."""
    if type(item) is RemoteObject:
        return int(item._pyascent_handle)
    if isinstance(item, RemoteModule):
        handle = _own(item).get("_pyascent_handle")
        return handle if type(handle) is int else None
    if isinstance(item, type):
        handle = _TYPE_DICT.__get__(item).get("_pyascent_handle")
        return handle if type(handle) is int else None
    return None


def plain_args(error: BaseException) -> list[Any] | None:
    """An exception's arguments when they are plain scalars (rebuilt exactly over there:
    a KeyError('x') stays 'x', not the text of its message); None otherwise. An assertion
    of the tests gives none: its words would show the learner's code what is expected."""
    if isinstance(error, AssertionError):
        return None
    args = error.args
    if len(args) <= 8 and all(type(a) in (str, int, float, bool, type(None)) for a in args):
        return [a[:2000] if type(a) is str else a for a in args]
    return None


def exception_family(cls: type) -> list[str]:
    """An exception class as the learner's side rebuilds it: its own name and those of its
    ancestors, up to the first built-in one (which the stand-in there inherits from)."""
    family: list[str] = []
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            return [*family[:7], base.__name__]
        family.append(base.__name__)
    return [*family[:7], "Exception"]


def _refused(item: Any) -> str:
    """Why the learner's code may not hold `item`, or '' when it may (through a proxy)."""
    if isinstance(item, _NEVER_HANDED):
        return f"a {type(item).__name__}"
    module = str(getattr(type(item), "__module__", ""))
    if module.split(".")[0] in _PRIVATE_PACKAGES or module.startswith("_pyascent"):
        return f"an object of {module}"
    return ""


def _replay_output(out: str, err: str) -> None:
    """What the learner's code printed, replayed here so pytest's capsys sees it."""
    if out:
        sys.stdout.write(out)
    if err:
        sys.stderr.write(err)


async def _await_remote(channel: Channel, handle: int) -> Any:
    return channel.request("await", target={"r": handle})


def _awaiting(channel: Channel, handle: int) -> Any:
    return _await_remote(channel, handle)


def remote_exception(channel: Channel, info: dict[str, Any]) -> BaseException:
    """The learner's exception as the same built-in type, or as its stand-in class."""
    name = str(info.get("type", "Exception"))
    message = str(info.get("message", ""))
    cls: Any = None
    family = info.get("tests_family")
    if type(family) is list and tuple(family) in channel.families:
        cls = channel.families[tuple(family)]  # the tests' own class, as they raised it
    elif info.get("class"):
        cls = channel.value(info["class"])
    elif info.get("builtin"):
        cls = getattr(builtins, name, None)
    if cls is None and not info.get("builtin"):
        cls = _library_exception(channel, info, message)
    if name in ("SystemExit", "KeyboardInterrupt", "GeneratorExit"):
        # Never let the learner's code stop the judge: it becomes an ordinary error here.
        cls = type(name, (Exception,), {})
    if not callable(cls) or (isinstance(cls, type) and not issubclass(cls, BaseException)):
        cls = type(name, (Exception,), {})
    args = info.get("args") or [message]
    try:
        exc = cls(*[channel.value(a) if not isinstance(a, str) else a for a in args])
    except Exception:
        try:
            exc = cls(message)
        except Exception:
            # A library class that cannot be made from a message (pydantic's
            # ValidationError): a stand-in of its nearest built-in ancestor, same name.
            base = getattr(builtins, str(info.get("base", "Exception")), Exception)
            if not (isinstance(base, type) and issubclass(base, Exception)):
                base = Exception
            exc = type(name, (base,), {"__module__": str(info.get("module", ""))})(message)
    for key, value in (info.get("attributes") or {}).items():
        with contextlib.suppress(Exception):
            setattr(exc, str(key), channel.value(value))
    exc._pyascent_remote = info
    remote: BaseException = exc
    return remote


_LIBRARY_STAND_INS: dict[tuple[str, str], type] = {}


def _library_exception(channel: Channel, info: dict[str, Any], message: str) -> Any:
    """An exception of the standard library or an installed package (urllib's HTTPError...):
    a subclass of the real class, so `pytest.raises(HTTPError)` and isinstance hold."""
    module_name, qualname = str(info.get("module", "")), str(info.get("qualname", ""))
    if module_name.split(".")[0] in channel.learner_names or "<" in qualname:
        return None
    key = (module_name, qualname)
    if key not in _LIBRARY_STAND_INS:
        try:
            real: Any = importlib.import_module(module_name)
            for part in qualname.split("."):
                real = getattr(real, part)
        except Exception:
            return None
        if not (isinstance(real, type) and issubclass(real, BaseException)):
            return None

        def init(self: BaseException, *args: Any) -> None:
            BaseException.__init__(self, *args)

        def text(self: BaseException) -> str:
            return str(getattr(self, "_pyascent_message", ""))

        def missing(self: BaseException, name: str) -> Any:
            raise AttributeError(name)  # some library errors wrap files and proxy lookups

        _LIBRARY_STAND_INS[key] = type(
            real.__name__,
            (real,),
            {"__init__": init, "__str__": text, "__repr__": text, "__getattr__": missing},
        )
    cls = _LIBRARY_STAND_INS[key]

    def make(*args: Any) -> BaseException:
        exc: BaseException = cls(*args)
        exc._pyascent_message = message  # type: ignore[attr-defined]
        return exc

    return make


class RemoteClass(type):
    """A learner's class: calling it makes an instance over there; isinstance asks there."""

    _pyascent_channel: Channel
    _pyascent_handle: int

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        channel = cls._pyascent_channel
        return channel.request(
            "call",
            target={"r": cls._pyascent_handle},
            args=channel.encoded(list(args)),
            kwargs=channel.encoded(kwargs),
            _originals=(list(args), kwargs),
        )

    def __instancecheck__(cls, instance: Any) -> bool:
        handle = getattr(instance, "_pyascent_handle", None)
        if not isinstance(handle, int) or isinstance(instance, type):
            return False
        return bool(
            cls._pyascent_channel.request(
                "isinstance", target={"r": cls._pyascent_handle}, item={"r": handle}
            )
        )

    def __getattr__(cls, name: str) -> Any:
        if name.startswith("_pyascent"):
            raise AttributeError(name)
        return cls._pyascent_channel.request(
            "getattr", target={"r": cls._pyascent_handle}, name=name
        )

    # The tests' patches of a learner's class (mock.patch.object(Clock, "now", ...),
    # monkeypatch.setattr(Clock, ...)) are made on the class over there, so the learner's
    # own methods call the replacement; dunder names and the stand-in's fields stay here.
    @property  # type: ignore[misc]
    def __dict__(cls) -> dict[str, Any]:  # type: ignore[override]
        return _Namespace(cls, dict(_TYPE_DICT.__get__(cls)))

    def __setattr__(cls, name: str, value: Any) -> None:
        if name.startswith("_pyascent") or (name.startswith("__") and name.endswith("__")):
            super().__setattr__(name, value)
            return
        channel = cls._pyascent_channel
        target = {"r": cls._pyascent_handle}
        channel.request("setattr", target=target, name=name, value=channel.encoded(value))

    def __delattr__(cls, name: str) -> None:
        if name.startswith("_pyascent") or (name.startswith("__") and name.endswith("__")):
            super().__delattr__(name)
            return
        cls._pyascent_channel.request("delattr", target={"r": cls._pyascent_handle}, name=name)


def _operator(name: str, swap: bool = False) -> Callable[..., Any]:
    def method(self: RemoteObject, other: Any = None) -> Any:
        operands = (
            [self]
            if other is None and name in ("neg", "pos", "abs", "invert")
            else ([other, self] if swap else [self, other])
        )
        return self._pyascent_channel.request(
            "operator", name=name, operands=self._pyascent_channel.encoded(operands)
        )

    return method


_SYMBOLS = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _compare(name: str) -> Callable[..., Any]:
    def method(self: RemoteObject, other: Any) -> Any:
        if type(other) is not RemoteObject or other._pyascent_channel is not self._pyascent_channel:
            if name in ("eq", "ne"):
                return (other is self) == (name == "eq")
            raise TypeError(
                f"your code gave back a {self._pyascent_type} object, and the test compares it "
                f"with {_SYMBOLS[name]} to a value of type {type(other).__name__}: that works on "
                "plain values (numbers, strings...) or between two objects of your own classes"
            )
        return self._pyascent_channel.compare(name, self, other)

    return method


def _remote_doc(self: RemoteObject) -> Any:
    """`obj.__doc__` is the learner's object's, not this class's (functools.wraps checks)."""
    return self._ask("getattr", name="__doc__")


class RemoteObject:
    __slots__ = (
        "__weakref__",
        "_pyascent_channel",
        "_pyascent_handle",
        "_pyascent_kind",
        "_pyascent_type",
    )

    def __init__(self, channel: Channel, handle: int, type_name: str, kind: str) -> None:
        object.__setattr__(self, "_pyascent_channel", channel)
        object.__setattr__(self, "_pyascent_handle", handle)
        object.__setattr__(self, "_pyascent_type", type_name)
        object.__setattr__(self, "_pyascent_kind", kind)

    # Any other object of the learner's: every use is a request to the subject.
    __doc__ = property(_remote_doc)

    def _ask(self, op: str, **fields: Any) -> Any:
        return self._pyascent_channel.request(op, target={"r": self._pyascent_handle}, **fields)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pyascent") or name in ("__length_hint__",):
            raise AttributeError(name)
        return self._ask("getattr", name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        self._ask("setattr", name=name, value=self._pyascent_channel.encoded(value))

    def __delattr__(self, name: str) -> None:
        self._ask("delattr", name=name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        channel = self._pyascent_channel
        if not kwargs:  # the usual call: no keywords to send
            if channel.plain:
                for arg in args:
                    if type(arg) not in _PLAIN:
                        break
                else:
                    return channel.call_plain(self._pyascent_handle, args)
            return self._ask("call", args=channel.encoded(list(args)), _originals=(list(args), {}))
        return self._ask(
            "call",
            args=channel.encoded(list(args)),
            kwargs=channel.encoded(kwargs),
            _originals=(list(args), kwargs),
        )

    def __len__(self) -> int:
        return int(self._ask("len"))

    def __bool__(self) -> bool:
        return bool(self._ask("bool"))

    def __repr__(self) -> str:
        return str(self._ask("repr"))

    def __str__(self) -> str:
        return str(self._ask("str"))

    def __iter__(self) -> Iterator[Any]:
        if self._pyascent_kind == "generator":
            return self
        return self._ask("iter")  # type: ignore[no-any-return]

    def __next__(self) -> Any:
        return self._ask("next")

    def __getitem__(self, key: Any) -> Any:
        return self._ask("getitem", key=self._pyascent_channel.encoded(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        channel = self._pyascent_channel
        self._ask("setitem", key=channel.encoded(key), value=channel.encoded(value))

    def __delitem__(self, key: Any) -> None:
        self._ask("delitem", key=self._pyascent_channel.encoded(key))

    def __contains__(self, item: Any) -> bool:
        return bool(self._ask("contains", item=self._pyascent_channel.encoded(item)))

    def __enter__(self) -> Any:
        return self._ask("enter")

    def __exit__(self, kind: object = None, error: object = None, _tb: object = None) -> bool:
        """Leaving the tests' `with` on a learner's object: an exception of the tests' block
        reaches the learner's __exit__ (rebuilt there from its family and message), which
        may suppress it by returning True, as in one process."""
        if isinstance(error, BaseException):
            text = "" if isinstance(error, AssertionError) else str(error)[:2000]
            raised = {
                "family": self._pyascent_channel.family_of(type(error)),
                "message": text,
                "args": plain_args(error),
            }
            return self._ask("exit", raised=raised) is True
        return bool(self._ask("exit"))

    # Against a value of the tests a learner's object runs no code of the learner's: it equals
    # only itself and has no order. Two of the learner's objects are compared over there.
    __eq__, __ne__ = _compare("eq"), _compare("ne")
    __lt__, __le__ = _compare("lt"), _compare("le")
    __gt__, __ge__ = _compare("gt"), _compare("ge")

    def __hash__(self) -> int:
        value = self._ask("hash")
        if type(value) is not int:
            raise TypeError(f"hash() of a {self._pyascent_type} must be an int")
        return value

    __add__, __radd__ = _operator("add"), _operator("add", swap=True)
    __sub__, __rsub__ = _operator("sub"), _operator("sub", swap=True)
    __mul__, __rmul__ = _operator("mul"), _operator("mul", swap=True)
    __truediv__, __rtruediv__ = _operator("truediv"), _operator("truediv", swap=True)
    __floordiv__, __rfloordiv__ = _operator("floordiv"), _operator("floordiv", swap=True)
    __mod__, __rmod__ = _operator("mod"), _operator("mod", swap=True)
    __pow__, __rpow__ = _operator("pow"), _operator("pow", swap=True)
    __matmul__ = _operator("matmul")
    __neg__, __pos__, __abs__ = _operator("neg"), _operator("pos"), _operator("abs")


_MODULE_DICT: Any = vars(types.ModuleType)["__dict__"]
_TYPE_DICT: Any = vars(type)["__dict__"]


def _own(module: types.ModuleType) -> dict[str, Any]:
    """The module object's own namespace here (its import fields, our handle)."""
    namespace: dict[str, Any] = _MODULE_DICT.__get__(module)
    return namespace


class _Namespace(dict[str, Any]):
    """`__dict__` of a learner's module or class as the tests see it: names are looked up in
    the subject, so monkeypatch and mock.patch save and restore the learner's originals. A
    dict (holding the stand-in's own fields here), so dir() and vars() keep working."""

    def __init__(self, owner: Any, fields: dict[str, Any] | None = None) -> None:
        super().__init__(_own(owner) if fields is None else fields)
        self._module = owner

    def __getitem__(self, name: str) -> Any:
        if dict.__contains__(self, name):
            return dict.__getitem__(self, name)
        if not isinstance(name, str) or (name.startswith("__") and name.endswith("__")):
            raise KeyError(name)
        try:
            return type(self._module).__getattr__(self._module, name)
        except AttributeError:
            raise KeyError(name) from None

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name: object) -> bool:
        try:
            self[name]  # type: ignore[index]
        except KeyError:
            return False
        return True


# Dunder names of a learner's module that are its data, read from the subject.
_MODULE_DATA = frozenset({"__all__", "__version__", "__author__"})


class RemoteModule(types.ModuleType):
    """The learner's module: attribute reads go to the subject, and so do the tests' patches
    (mock.patch("grep.open", ...), monkeypatch.setattr(module, ...)): the learner's code
    then calls the tests' replacement, through a proxy of it."""

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        return _Namespace(self)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__") and name not in _MODULE_DATA:
            raise AttributeError(name)  # the import machinery's fields stay here
        own = _own(self)
        channel: Channel = own["_pyascent_channel"]
        return channel.request("getattr", target={"r": own["_pyascent_handle"]}, name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_pyascent") or (name.startswith("__") and name.endswith("__")):
            super().__setattr__(name, value)  # the import machinery's own fields stay here
            return
        own = _own(self)
        channel: Channel = own["_pyascent_channel"]
        target = {"r": own["_pyascent_handle"]}
        channel.request("setattr", target=target, name=name, value=channel.encoded(value))

    def __delattr__(self, name: str) -> None:
        if name.startswith("_pyascent") or (name.startswith("__") and name.endswith("__")):
            super().__delattr__(name)
            return
        own = _own(self)
        channel: Channel = own["_pyascent_channel"]
        channel.request("delattr", target={"r": own["_pyascent_handle"]}, name=name)


class LearnerModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes `import adder` in a test return the learner's module, seen from here."""

    def __init__(self, channel: Channel, names: set[str], packages: set[str]) -> None:
        self.channel = channel
        self.names = names
        self.packages = packages

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        top = fullname.split(".")[0]
        if top not in self.names:
            return None
        # A learner's package (a folder) must be one here too, or `import pkg.models` fails;
        # a module must not be, or a missing name would be looked for as a submodule.
        is_package = fullname in self.packages
        return importlib.machinery.ModuleSpec(fullname, self, is_package=is_package)

    def create_module(self, spec: Any) -> types.ModuleType:
        module = RemoteModule(spec.name)
        _own(module)["_pyascent_channel"] = self.channel
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        reload = "_pyascent_handle" in _own(module)
        remote = self.channel.request("import", name=module.__name__, reload=reload)
        handle = getattr(remote, "_pyascent_handle", None)
        _own(module)["_pyascent_handle"] = handle
        _own(module)["_pyascent_channel"] = self.channel


def install(
    sock: socket.socket,
    module_names: set[str],
    link: Link | None = None,
    packages: set[str] | None = None,
) -> Channel:
    channel = Channel(sock, link)
    channel.learner_names = set(module_names)
    sys.meta_path.insert(0, LearnerModules(channel, module_names, packages or set()))
    return channel
