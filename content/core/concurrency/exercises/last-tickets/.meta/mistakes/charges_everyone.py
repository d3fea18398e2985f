import threading

import box_office  # noqa: F401


class TicketOffice:
    def __init__(self, database, payments):
        self.database = database
        self.payments = payments
        self._lock = threading.Lock()

    def buy(self, buyer):
        self.payments.charge(buyer)
        with self._lock:
            free = self.database.read_free()
            if free == 0:
                return False
            self.database.write_free(free - 1)
        return True
