import re

# date, time, level in capitals, then the message: four groups.
LOG_LINE = r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([A-Z]+) (.+)"
# 2 to 5 capitals, a dash, digits; \b keeps it from being part of a longer word.
TICKET = r"\b[A-Z]{2,5}-\d+\b"


def parse_line(line):
    """Return a dict with the date, time, level and message of a log line, or None."""
    match = re.fullmatch(LOG_LINE, line.strip())
    if not match:
        return None
    return {
        "date": match.group(1),
        "time": match.group(2),
        "level": match.group(3),
        "message": match.group(4),
    }


def find_tickets(text):
    """Return a list of every ticket number (such as BUG-12) in text, in order."""
    return re.findall(TICKET, text)
