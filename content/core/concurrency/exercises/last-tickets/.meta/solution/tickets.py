import threading

import box_office  # noqa: F401  the pretend database and payments: keep this line, the checks use it through your file


class TicketOffice:
    """Sells the seats of one concert from several sales windows (threads) at once."""

    def __init__(self, database: box_office.SeatDatabase, payments: box_office.CardPayments) -> None:
        self.database = database  # read_free() and write_free(n): the free seats
        self.payments = payments  # charge(buyer): takes the money
        self._lock = threading.Lock()  # one lock per office, shared by every window

    def buy(self, buyer: str) -> bool:
        """Sell one seat to buyer and charge them: True, or False when sold out."""
        # Reading, checking and writing the free seats must happen as one step:
        # no other window may read between our read and our write.
        with self._lock:
            free = self.database.read_free()
            if free == 0:
                return False
            self.database.write_free(free - 1)
        # The seat is ours now. The slow payment needs no lock, so the windows pay at once.
        self.payments.charge(buyer)
        return True
