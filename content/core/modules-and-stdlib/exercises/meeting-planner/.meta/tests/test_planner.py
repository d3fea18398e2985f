from planner import days_until, end_time, local_time


def test_days_until_christmas():
    """Counts the days to an event later in the month and across a leap day."""
    assert days_until("2024-12-01", "2024-12-25") == 24, (
        'days_until("2024-12-01", "2024-12-25") should return 24'
    )
    assert days_until("2024-02-20", "2024-03-01") == 10, (
        'days_until("2024-02-20", "2024-03-01") should return 10 (2024 is a leap year: February has 29 days)'
    )


def test_days_until_today_and_the_past():
    """Gives 0 on the day itself and a negative number for a past event."""
    assert days_until("2024-05-01", "2024-05-01") == 0, (
        'days_until("2024-05-01", "2024-05-01") should return 0'
    )
    assert days_until("2024-05-10", "2024-05-01") == -9, (
        'days_until("2024-05-10", "2024-05-01") should return -9: the event was 9 days ago'
    )


def test_end_time_same_day():
    """Adds the meeting length to the start time."""
    assert end_time("2024-05-01 09:30", 45) == "2024-05-01 10:15", (
        'end_time("2024-05-01 09:30", 45) should return "2024-05-01 10:15"'
    )


def test_end_time_past_midnight():
    """Moves on to the next day, month and year when the meeting runs late."""
    assert end_time("2024-05-01 23:30", 90) == "2024-05-02 01:00", (
        'end_time("2024-05-01 23:30", 90) should return "2024-05-02 01:00"'
    )
    assert end_time("2024-12-31 23:00", 120) == "2025-01-01 01:00", (
        'end_time("2024-12-31 23:00", 120) should return "2025-01-01 01:00"'
    )


def test_local_time():
    """Shows a UTC time on clocks ahead of and behind UTC."""
    assert local_time("2024-05-01 09:30", 2) == "2024-05-01 11:30", (
        'local_time("2024-05-01 09:30", 2) should return "2024-05-01 11:30": two hours ahead of UTC'
    )
    assert local_time("2024-05-01 09:30", -5) == "2024-05-01 04:30", (
        'local_time("2024-05-01 09:30", -5) should return "2024-05-01 04:30": five hours behind UTC'
    )
    assert local_time("2024-05-01 09:30", 5.5) == "2024-05-01 15:00", (
        'local_time("2024-05-01 09:30", 5.5) should return "2024-05-01 15:00"'
    )


def test_local_time_changes_the_date():
    """Changes the date when the other clock is past midnight."""
    assert local_time("2024-12-31 22:00", 3) == "2025-01-01 01:00", (
        'local_time("2024-12-31 22:00", 3) should return "2025-01-01 01:00": it is already New Year there'
    )
    assert local_time("2024-03-01 02:00", -4) == "2024-02-29 22:00", (
        'local_time("2024-03-01 02:00", -4) should return "2024-02-29 22:00"'
    )
