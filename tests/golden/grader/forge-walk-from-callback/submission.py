"""From a callback of the tests, try to reach the judge's globals, builtins, closure, code."""

WALKS = [
    "__globals__",
    "__builtins__",
    "__closure__",
    "__code__",
    "__defaults__",
    "__kwdefaults__",
    "__wrapped__",
    "__dict__",
    "__class__",
    "__self__",
    "__func__",
    "__module__",
    "__reduce_ex__",
    "__getattribute__",
    "_private",
]


def walk(callback):
    found = []
    for name in WALKS:
        try:
            value = getattr(callback, name)
            if name in ("__reduce_ex__", "__getattribute__"):
                value = value(2) if name == "__reduce_ex__" else value("__globals__")
            found.append(f"{name}={str(value)[:60]}")
        except Exception as exc:
            found.append(f"{name}:{type(exc).__name__}")
    try:  # the proxy's own insides are the learner's process: nothing of the judge
        found.append(f"dir={sorted(n for n in dir(callback) if not n.startswith('__'))}")
    except Exception as exc:
        found.append(f"dir:{type(exc).__name__}")
    try:
        found.append(f"result={callback.__call__.__self__('HIDDEN?')}")
    except Exception as exc:
        found.append(f"call:{type(exc).__name__}")
    return "; ".join(found)


def add(a, b):
    return a + b
