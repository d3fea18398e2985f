import re


def parse_line(line):
    parts = line.strip().split(" ", 3)
    if len(parts) != 4:
        return None
    date, time, level, message = parts
    return {"date": date, "time": time, "level": level, "message": message}


def find_tickets(text):
    return re.findall(r"\b[A-Z]{2,5}-\d+\b", text)
