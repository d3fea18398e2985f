import threading

import box_office  # noqa: F401  the pretend database and payments: keep this line, the checks use it through your file


class TicketOffice:
    """Sells the seats of one concert from several sales windows (threads) at once."""

    def __init__(self, database, payments):
        self.database = database  # read_free() and write_free(n): the free seats
        self.payments = payments  # charge(buyer): takes the money

    def buy(self, buyer):
        """Sell one seat to buyer and charge them: True, or False when sold out.

        It works when one person buys at a time. With several windows at once it sells
        more seats than there are: fix it with a threading.Lock, and keep it fast.
        """
        free = self.database.read_free()
        if free == 0:
            return False
        self.payments.charge(buyer)
        self.database.write_free(free - 1)
        return True
