from time import sleep


class PaymentError(Exception):
    """The payment gateway could not take the money this time."""


def checkout(gateway, card, cents, tries=3):
    """Charge cents to card with gateway.charge(card, cents) and return its receipt.

    After a PaymentError, wait (1 second after the first failure, 2 after the second,
    and so on) and try again, up to `tries` tries in all; the last error goes on.
    """
    if cents <= 0:
        raise ValueError("the amount must be more than 0 cents")
    for attempt in range(1, tries):
        try:
            return gateway.charge(card, cents)
        except PaymentError:
            sleep(attempt)
    # The last try: nothing catches its PaymentError, so it goes on to the caller.
    try:
        return gateway.charge(card, cents)
    finally:
        sleep(tries)
