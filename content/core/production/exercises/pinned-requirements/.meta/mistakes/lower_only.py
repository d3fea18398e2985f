"""Check a requirements file: every package pinned with ==, none listed twice."""

import re
from collections.abc import Iterator
from importlib import metadata

REQUIREMENT = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?(.*)")
PIN = re.compile(r"==[\w.+!]+")


def normalize(name: str) -> str:
    """The name as pip compares it: lower case, each run of -, _ and . as one -."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(text: str) -> Iterator[tuple[int, str, re.Match[str] | None]]:
    """(line number, line without spaces, its match) for each line that names a package."""
    for number, line in enumerate(text.splitlines(), start=1):
        line = "".join(line.split("#")[0].split())
        if line and not line.startswith("-"):
            yield number, line, REQUIREMENT.fullmatch(line)


def check_requirements(text: str) -> list[str]:
    """One message per problem of the requirements file text, in the order of its lines."""
    problems = []
    first_seen: dict[str, int] = {}
    for number, line, match in requirements(text):
        if match is None:
            problems.append(f"line {number}: cannot read {line!r}")
            continue
        name, _extras, version = match.groups()
        if not PIN.fullmatch(version):
            problems.append(f"line {number}: {name} is not pinned: write {name}==<version>")
        key = name.lower()
        if key in first_seen:
            problems.append(f"line {number}: {name} is listed twice (first on line {first_seen[key]})")
        else:
            first_seen[key] = number
    return problems


def compare_installed(text: str) -> list[str]:
    """One message per pinned package that is installed in another version, or not at all."""
    differences = []
    for _number, _line, match in requirements(text):
        if match is None or not PIN.fullmatch(match[3]):
            continue
        name, pinned = match[1], match[3].removeprefix("==")
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            differences.append(f"{name}: {pinned} pinned, not installed")
            continue
        if installed != pinned:
            differences.append(f"{name}: {pinned} pinned, {installed} installed")
    return differences
