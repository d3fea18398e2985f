import re


def parse_line(line):
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([A-Z]+) (.+)", line)
    if not match:
        return None
    return {
        "date": match.group(1),
        "time": match.group(2),
        "level": match.group(3),
        "message": match.group(4),
    }


def find_tickets(text):
    return re.findall(r"\b[A-Z]{2,5}-\d+\b", text)
