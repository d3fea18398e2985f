"""From the tests' objects (an instance, a mock, a file, a generator, a namespace holding a
pytest fixture), try to reach their class, private state, frames and the test session."""


def attempt(label, action):
    try:
        return f"{label}={str(action())[:60]}"
    except Exception as exc:
        return f"{label}:{type(exc).__name__}"


def explore(thing, mocked, stream, numbers, namespace):
    steps = [
        attempt("class", lambda: thing.__class__.__name__),
        attempt("private", lambda: thing._answer),
        attempt("mangled", lambda: thing._Keeper__answer),
        attempt("dict", lambda: thing.__dict__),
        attempt("method-self", lambda: thing.reveal.__self__),
        attempt("method-func", lambda: thing.reveal.__func__.__globals__),
        attempt("state-via-method", lambda: thing.reveal()),
        attempt("mock-private", lambda: mocked._mock_children),
        attempt("mock-side-effect-globals", lambda: mocked.side_effect.__globals__),
        attempt("mock-class", lambda: type(mocked.return_value)),
        attempt("file-buffer-class", lambda: stream.buffer.__class__),
        attempt("generator-frame", lambda: numbers.gi_frame),
        attempt("generator-code", lambda: numbers.gi_code),
        attempt("fixture", lambda: namespace.request),
        attempt("fixture-config", lambda: namespace.request.config),
        attempt("module", lambda: namespace.module),
        attempt("class-object", lambda: namespace.kind),
        attempt("setattr-private", lambda: setattr(thing, "_answer", 1)),
    ]
    return "; ".join(steps)


def add(a, b):
    return a + b
