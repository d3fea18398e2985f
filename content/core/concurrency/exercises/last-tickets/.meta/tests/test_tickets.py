import pytest

import tickets

FANS = [f"fan{number:02}" for number in range(1, 41)]  # fan01 ... fan40


def pretend(seats):
    """A SeatDatabase and CardPayments from the starter's box_office.py, on the learner's side."""
    try:
        module = tickets.box_office
    except AttributeError:
        pytest.fail(
            "Keep the line `import box_office` at the top of tickets.py: the checks reach "
            "the pretend database and payments through it",
            pytrace=False,
        )
    return module, module.SeatDatabase(seats), module.CardPayments()


def test_one_buyer_at_a_time():
    """With one buyer at a time, it sells the free seats and then says sold out."""
    _, database, payments = pretend(2)
    office = tickets.TicketOffice(database, payments)
    assert office.buy("ada") is True, "With 2 free seats, office.buy('ada') should return True"
    assert office.buy("alan") is True, "With 1 free seat left, office.buy('alan') should return True"
    assert office.buy("grace") is False, "With no seats left, office.buy('grace') should return False"
    assert database.free == 0, f"After selling both seats the database should say 0 free, not {database.free}"
    assert payments.charged == ["ada", "alan"], (
        f"Exactly ada and alan should be charged, not {payments.charged}: charge a buyer only "
        "when they get a seat"
    )


def test_never_sells_more_seats_than_there_are():
    """Forty fans at eight windows at once buy exactly the sixteen seats, no more."""
    box_office, database, payments = pretend(16)
    office = tickets.TicketOffice(database, payments)
    results = box_office.rush(office.buy, FANS, 8)
    sold = results.count(True)
    assert sold == 16, (
        f"Forty fans at eight windows bought {sold} tickets for 16 seats. Two windows read "
        "the same number of free seats before either wrote the new one, so both sold the "
        "same seat. Hold a threading.Lock from read_free() until after write_free(), and "
        "create that one lock in __init__"
    )
    assert database.free == 0, f"After the rush the database should say 0 free seats, not {database.free}"
    winners = sorted(fan for fan, got_one in zip(FANS, results) if got_one)
    assert sorted(payments.charged) == winners, (
        "Exactly the 16 fans who got a seat should be charged, each once"
    )


def test_windows_pay_at_the_same_time(timed):
    """The lock covers only the database: the slow payments still run at the same time."""
    box_office, database, payments = pretend(16)
    office = tickets.TicketOffice(database, payments)
    timing = timed(box_office.rush, office.buy, FANS, 8)
    sold = timing.result.count(True)
    assert sold == 16, (
        f"The rush should sell exactly the 16 seats, not {sold}: fix the race first "
        "(see the check about selling more seats than there are)"
    )
    assert timing.wall < 0.45, (
        f"Selling 16 seats at 8 windows took {timing.wall:.2f} s: one payment takes 0.05 s, "
        "so with the payments inside the lock the windows take turns (0.8 s). Hold the lock "
        "only while you read and write the free seats, and charge the buyer after the with block"
    )
