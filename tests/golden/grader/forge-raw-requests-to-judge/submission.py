"""Skip the proxy: take the channel from a callback's insides and send the judge hand-made
requests for dunder and private names, unknown objects and unknown operations."""


def probe(callback):
    subject = object.__getattribute__(callback, "_pyascent_subject")
    handle = object.__getattribute__(callback, "_pyascent_handle")
    asks = [
        (handle, "getattr", {"name": "__globals__"}),
        (handle, "getattr", {"name": "__closure__"}),
        (handle, "getattr", {"name": "_secret"}),
        (handle, "getattr", {"name": "a.b"}),
        (handle, "setattr", {"name": "__code__", "value": 1}),
        (handle, "compare", {"name": "__class__", "other": 1}),
        (handle, "reduce", {}),
        (handle, "enter", {}),
        (handle + 8, "call", {"args": [], "kwargs": {}}),
        (12345, "getattr", {"name": "f_globals"}),
    ]
    found = []
    for target, do, fields in asks:
        try:
            found.append(f"{do}={str(subject.call_judge(target, do, fields))[:60]}")
        except Exception as exc:
            found.append(f"{do}:{type(exc).__name__}:{str(exc)[:60]}")
    return "; ".join(found)


def add(a, b):
    return a + b
