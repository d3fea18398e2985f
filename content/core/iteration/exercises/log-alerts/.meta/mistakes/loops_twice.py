from collections.abc import Iterable, Iterator

Entry = tuple[str, str, str]  # (level, service, message)


def parse(lines: Iterable[str]) -> Iterator[Entry]:
    """Yield (level, service, message) for every good log line; skip broken ones."""
    for line in lines:
        # date, time, level, service and the rest of the line, spaces and all
        parts = line.strip().split(maxsplit=4)
        if len(parts) == 5:
            yield parts[2], parts[3], parts[4]


def with_level(entries: Iterable[Entry], level: str) -> Iterator[Entry]:
    """Return a generator of the entries whose level is `level`."""
    return (entry for entry in entries if entry[0] == level)


def count_by_service(entries: Iterable[Entry]) -> dict[str, int]:
    """Return a dict: service -> number of entries, in one pass."""
    services = {service for _, service, _ in entries}
    return {service: sum(1 for entry in entries if entry[1] == service) for service in services}


def first_alert(lines: Iterable[str], limit: int) -> str | None:
    """Return the first service to reach `limit` ERROR entries, reading no further; else None."""
    counts: dict[str, int] = {}
    for _, service, _ in with_level(parse(lines), "ERROR"):
        counts[service] = counts.get(service, 0) + 1
        if counts[service] == limit:
            return service  # stop here: the rest of the log is never read
    return None
