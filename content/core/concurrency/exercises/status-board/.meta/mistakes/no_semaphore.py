import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable

import fake_services

Probe = Callable[[str], Awaitable[None]]


async def check(name: str, probe: Probe, gate: asyncio.Semaphore, seconds: float) -> str:
    """One service's status. The deadline starts once the check has its place."""
    if gate:
        try:
            await asyncio.wait_for(probe(name), seconds)
        except TimeoutError:
            return "timed out"
        except Exception as error:  # any error means the service is down
            return f"down ({error})"
    return "up"


async def check_all(names: list[str], probe: Probe, limit: int, seconds: float) -> dict[str, str]:
    """Check every service with `await probe(name)`: at most `limit` at once, each for at most
    `seconds` from the moment it starts. Return {name: "up" | "timed out" | "down (<message>)"}."""
    gate = asyncio.Semaphore(limit)
    results = await asyncio.gather(*(check(name, probe, gate, seconds) for name in names))
    return dict(zip(names, results))


def report(statuses: dict[str, str]) -> list[str]:
    """The lines to print: "name: status" for each service, then "<up> of <all> services up"."""
    lines = [f"{name}: {status}" for name, status in statuses.items()]
    up = list(statuses.values()).count("up")
    lines.append(f"{up} of {len(statuses)} services up")
    return lines


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line: the service names, then --limit (default 3) and --timeout (default 1.0)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("services", nargs="+")
    parser.add_argument("--limit", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1.0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """The program: check the services named on the command line, print the report and
    return the exit code, 0 when every service is up, else 1."""
    args = parse_args(argv)
    statuses = asyncio.run(check_all(args.services, fake_services.probe, args.limit, args.timeout))
    for line in report(statuses):
        print(line)
    return 0 if all(status == "up" for status in statuses.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
