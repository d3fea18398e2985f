from datetime import date, datetime, timedelta, timezone

FORMAT = "%Y-%m-%d %H:%M"  # the form of a date with a time, such as 2024-05-01 09:30


def days_until(today, event):
    """Return the number of days from today to event (both 'YYYY-MM-DD')."""
    # date - date gives a timedelta; .days is the whole number of days in it.
    return (date.fromisoformat(event) - date.fromisoformat(today)).days


def end_time(start, minutes):
    """Return start ('YYYY-MM-DD HH:MM') plus minutes, in the same form."""
    begin = datetime.strptime(start, FORMAT)
    return (begin + timedelta(minutes=minutes)).strftime(FORMAT)


def local_time(utc_time, offset_hours):
    """Return utc_time (a UTC 'YYYY-MM-DD HH:MM') on a clock offset_hours ahead of UTC."""
    moment = datetime.strptime(utc_time, FORMAT).replace(tzinfo=timezone.utc)  # say: this is UTC
    there = timezone(timedelta(hours=offset_hours))
    return moment.astimezone(there).strftime(FORMAT)  # the same moment on their clock
