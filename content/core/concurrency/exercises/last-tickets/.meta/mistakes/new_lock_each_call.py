import threading

import box_office  # noqa: F401


class TicketOffice:
    def __init__(self, database, payments):
        self.database = database
        self.payments = payments

    def buy(self, buyer):
        with threading.Lock():
            free = self.database.read_free()
            if free == 0:
                return False
            self.database.write_free(free - 1)
        self.payments.charge(buyer)
        return True
