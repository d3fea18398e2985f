"""Code that uses the tests' own objects: files, mocks, callbacks."""


def count_words(stream):
    with stream:
        return sum(len(line.split()) for line in stream)


def first_line(stream):
    line = stream.readline().rstrip("\n")
    stream.close()
    return line


def notify(sender, message):
    sender.send(message.upper(), urgent=True)
    return sender.send.call_count


class Reactor:
    def __init__(self):
        self.callbacks = []

    def add_callback(self, callback):
        self.callbacks.append(callback)

    def remove_callback(self, callback):
        self.callbacks.remove(callback)

    def has(self, callback):
        return callback in self.callbacks

    def fire(self, value):
        for callback in self.callbacks:
            callback(value)
        return len(self.callbacks)


def apply_all(functions, value):
    return [function(value) for function in functions]


def same_object(a, b):
    return a is b


def give_back(thing):
    return thing


def add(a, b):
    return a + b


def guarded(resource):
    """`with` on an object of the tests, raising inside: the object may suppress it."""
    with resource:
        raise ValueError("boom")
    return "went on"  # reached only when the object suppressed the error


class Wrapper:
    """Delegates its own __exit__ to a wrapped object (Exercism's paasio)."""

    def __init__(self, inner):
        self.inner = inner

    def __enter__(self):
        return self

    def __exit__(self, kind, error, tb):
        return self.inner.__exit__(kind, error, tb)
