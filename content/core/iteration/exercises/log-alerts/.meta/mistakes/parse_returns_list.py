from collections.abc import Iterable, Iterator

Entry = tuple[str, str, str]  # (level, service, message)


def parse(lines: Iterable[str]) -> Iterator[Entry]:
    """Yield (level, service, message) for every good log line; skip broken ones."""
    entries = []
    for line in lines:
        parts = line.strip().split(maxsplit=4)
        if len(parts) == 5:
            entries.append((parts[2], parts[3], parts[4]))
    return entries


def with_level(entries: Iterable[Entry], level: str) -> Iterator[Entry]:
    """Return a generator of the entries whose level is `level`."""
    return (entry for entry in entries if entry[0] == level)


def count_by_service(entries: Iterable[Entry]) -> dict[str, int]:
    """Return a dict: service -> number of entries, in one pass."""
    counts: dict[str, int] = {}
    for _, service, _ in entries:
        counts[service] = counts.get(service, 0) + 1
    return counts


def first_alert(lines: Iterable[str], limit: int) -> str | None:
    """Return the first service to reach `limit` ERROR entries, reading no further; else None."""
    counts: dict[str, int] = {}
    for _, service, _ in with_level(parse(lines), "ERROR"):
        counts[service] = counts.get(service, 0) + 1
        if counts[service] == limit:
            return service  # stop here: the rest of the log is never read
    return None
