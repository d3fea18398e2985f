from datetime import date, datetime, timedelta, timezone

FORMAT = "%Y-%m-%d %H:%M"


def days_until(today, event):
    return (date.fromisoformat(event) - date.fromisoformat(today)).seconds


def end_time(start, minutes):
    return (datetime.strptime(start, FORMAT) + timedelta(minutes=minutes)).strftime(FORMAT)


def local_time(utc_time, offset_hours):
    moment = datetime.strptime(utc_time, FORMAT).replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone(timedelta(hours=offset_hours))).strftime(FORMAT)
