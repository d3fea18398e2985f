# Import what you need from the datetime module here.

FORMAT = "%Y-%m-%d %H:%M"  # the form of a date with a time, such as 2024-05-01 09:30


def days_until(today, event):
    """Return the number of days from today to event (both 'YYYY-MM-DD')."""
    # Replace `pass` with your code.
    pass


def end_time(start, minutes):
    """Return start ('YYYY-MM-DD HH:MM') plus minutes, in the same form."""
    # Replace `pass` with your code.
    pass


def local_time(utc_time, offset_hours):
    """Return utc_time (a UTC 'YYYY-MM-DD HH:MM') on a clock offset_hours ahead of UTC."""
    # Replace `pass` with your code.
    pass
