"""The judge side: the learner's modules seen through proxies, answered by the subject.

Tests keep writing `from adder import add`: the import yields a proxy module, and calls,
attribute reads, iteration, indexing, context managers, awaiting and exceptions cross the
channel. Plain values come back as real values; anything else stays in the subject and is
represented here by a proxy that compares equal only to itself, so a learner's object with
`__eq__` returning True cannot fool an assertion. Standard library only.

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
import socket
import sys
import types
from collections.abc import Callable, Iterator
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
else:
    _wire = sys.modules["_pyascent_inside_wire"]
    ProtocolError, decode, encode = _wire.ProtocolError, _wire.decode, _wire.encode
    numpy_value, receive, send = _wire.numpy_value, _wire.receive, _wire.send
    numpy_payload = _wire.numpy_payload


class SubjectFailed(Exception):
    """The learner's process died, hung up, or broke the protocol; the test cannot pass."""


class Channel:
    """Requests to the subject; answers the subject's calls back into test functions."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.proxies: dict[int, Any] = {}
        self.functions: dict[int, Callable[..., Any]] = {}
        self.dead: str | None = None
        self.learner_names: set[str] = set()
        self.replay: Callable[[str, str], None] = _replay_output

    def request(self, op: str, **fields: Any) -> Any:
        if self.dead is not None:
            raise SubjectFailed(f"not run: {self.dead}")
        originals = fields.pop("_originals", None)
        try:
            send(self.sock, {"op": op, **fields})
            while True:
                message = receive(self.sock)
                self.replay(str(message.get("out", "")), str(message.get("err", "")))
                if "op" in message:
                    send(self.sock, self._callback(message))
                    continue
                break
        except (OSError, ProtocolError) as exc:
            self.dead = f"your program stopped answering ({exc})"
            if "closed the channel" in str(exc):
                raise SubjectFailed(
                    f"Your code's process ended while the test was running: {exc}"
                ) from None
            raise SubjectFailed(
                f"Your code broke the channel between it and the tests: {exc}"
            ) from None
        changed = message.get("changed")
        if changed and originals is not None:
            self._apply_changes(changed, {"_originals": originals})
        if message.get("re") == "ok":
            returned = message.get("returned_arg")
            if isinstance(returned, str) and originals is not None:
                positional, named = originals
                if returned.isdigit() and int(returned) < len(positional):
                    return positional[int(returned)]
                if returned in named:
                    return named[returned]
            return self.value(message.get("value"))
        raise remote_exception(self, message.get("exc") or {})

    def _apply_changes(self, changed: dict[str, Any], fields: dict[str, Any]) -> None:
        """Mirror in-place changes the learner's code made to the lists, dicts and sets the
        test passed, as if they had been shared."""
        originals: list[Any] = fields.get("_originals", ([], {}))[0]
        named: dict[str, Any] = fields.get("_originals", ([], {}))[1]
        for key, encoded in changed.items():
            target = (
                originals[int(key)]
                if key.isdigit() and int(key) < len(originals)
                else named.get(key)
            )
            new = self.value(encoded)
            if isinstance(target, list) and isinstance(new, list):
                target[:] = new
            elif isinstance(target, (dict, set)) and type(new) is type(target):
                target.clear()
                target.update(new)

    def _callback(self, message: dict[str, Any]) -> dict[str, Any]:
        function = self.functions.get(int(message.get("fn", -1)))
        try:
            if function is None:
                raise ProtocolError("unknown function")
            args = self.value(message.get("args", {"l": []}))
            kwargs = self.value(message.get("kwargs", {"d": []}))
            return {"re": "ok", "value": self.encoded(function(*args, **kwargs))}
        except Exception as exc:
            return {"re": "exc", "type": type(exc).__name__, "message": str(exc)}

    def encoded(self, value: Any) -> Any:
        def as_ref(item: Any) -> dict[str, Any]:
            array = numpy_payload(item)
            if array is not None:
                return array
            handle = getattr(item, "_pyascent_handle", None)
            if isinstance(handle, int):
                return {"r": handle}
            if callable(item):
                key = id(item)
                self.functions[key] = item
                return {"j": key}
            raise TypeError(f"a {type(item).__name__} cannot be passed to the learner's code")

        return encode(value, as_ref)

    def value(self, encoded: Any) -> Any:
        return decode(encoded, self._from_ref)

    def _from_ref(self, item: dict[str, Any]) -> Any:
        if "np" in item:
            return numpy_value(item["np"])
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
    if info.get("class"):
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
        exc = cls(message)
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


class RemoteObject:
    """Any other object of the learner's: every use is a request to the subject."""

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

    def __exit__(self, *exc: object) -> bool:
        return bool(self._ask("exit"))

    def __eq__(self, other: object) -> bool:
        return other is self  # a remote object equals only itself

    def __ne__(self, other: object) -> bool:
        return other is not self

    def __hash__(self) -> int:
        return hash(("remote", self._pyascent_handle))

    __add__, __radd__ = _operator("add"), _operator("add", swap=True)
    __sub__, __rsub__ = _operator("sub"), _operator("sub", swap=True)
    __mul__, __rmul__ = _operator("mul"), _operator("mul", swap=True)
    __truediv__, __rtruediv__ = _operator("truediv"), _operator("truediv", swap=True)
    __floordiv__, __rfloordiv__ = _operator("floordiv"), _operator("floordiv", swap=True)
    __mod__, __rmod__ = _operator("mod"), _operator("mod", swap=True)
    __pow__, __rpow__ = _operator("pow"), _operator("pow", swap=True)
    __matmul__ = _operator("matmul")
    __lt__, __le__ = _operator("lt"), _operator("le")
    __gt__, __ge__ = _operator("gt"), _operator("ge")
    __neg__, __pos__, __abs__ = _operator("neg"), _operator("pos"), _operator("abs")


class RemoteModule(types.ModuleType):
    """The learner's module: attribute reads go to the subject."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        channel: Channel = self.__dict__["_pyascent_channel"]
        return channel.request(
            "getattr", target={"r": self.__dict__["_pyascent_handle"]}, name=name
        )


class LearnerModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes `import adder` in a test return the learner's module, seen from here."""

    def __init__(self, channel: Channel, names: set[str]) -> None:
        self.channel = channel
        self.names = names

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname.split(".")[0] not in self.names:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=False)

    def create_module(self, spec: Any) -> types.ModuleType:
        module = RemoteModule(spec.name)
        module.__dict__["_pyascent_channel"] = self.channel
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        reload = "_pyascent_handle" in module.__dict__
        remote = self.channel.request("import", name=module.__name__, reload=reload)
        handle = getattr(remote, "_pyascent_handle", None)
        module.__dict__["_pyascent_handle"] = handle
        module.__dict__["_pyascent_channel"] = self.channel


def install(sock: socket.socket, module_names: set[str]) -> Channel:
    channel = Channel(sock)
    channel.learner_names = set(module_names)
    sys.meta_path.insert(0, LearnerModules(channel, module_names))
    return channel
