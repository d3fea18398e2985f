"""Threads on both sides: the tests' threads call the learner's code at once (Exercism's
bank-account), and the learner's threads call a callback of the tests."""

import threading
from concurrent.futures import ThreadPoolExecutor


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def add(self, amount=1):
        with self._lock:
            self.value += amount


def apply_all(function, items):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(function, items))


def add(a, b):
    return a + b
