"""A pretend seat database, pretend card payments and a rush of buyers. Do not change this file.

Everything here is slow on purpose, like the real thing: each read or write of the
database takes a millisecond and each payment 50 milliseconds. While one thread waits,
the others run, which is exactly when a race condition shows.

    >>> database = SeatDatabase(2)
    >>> database.read_free()
    2
    >>> payments = CardPayments()
    >>> payments.charge("ada")
    >>> payments.charged
    ['ada']
    >>> rush(print, ["ada", "alan"], 2)    # calls print("ada") and print("alan") in 2 threads
"""

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


class SeatDatabase:
    """How many seats are still free, kept in a pretend database."""

    def __init__(self, seats: int) -> None:
        self.free = seats  # the stored number (read_free and write_free are the slow way)

    def read_free(self) -> int:
        value = self.free
        time.sleep(0.001)  # the answer travels back from the database
        return value

    def write_free(self, value: int) -> None:
        time.sleep(0.001)  # the new number travels to the database
        self.free = value


class CardPayments:
    """Takes the money: charge(buyer) waits for the card company."""

    def __init__(self, seconds: float = 0.05) -> None:
        self.seconds = seconds
        self.charged: list[str] = []  # every buyer charged, in order
        self._lock = threading.Lock()

    def charge(self, buyer: str) -> None:
        time.sleep(self.seconds)  # the card company thinks
        with self._lock:
            self.charged.append(buyer)


def rush(buy: Callable[[str], bool], buyers: list[str], windows: int) -> list[bool]:
    """`windows` sales windows at once: buy(buyer) for every buyer, in threads.

    Returns what buy returned for each buyer, in the order of `buyers`.
    """
    with ThreadPoolExecutor(max_workers=windows) as pool:
        return list(pool.map(buy, buyers))
