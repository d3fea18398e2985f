"""A small reader of Dockerfiles for the tests: instructions with their arguments and lines."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Instruction:
    line: int        # where it starts in the file, from 1
    name: str        # upper case: FROM, RUN, COPY, ...
    args: str        # the rest, continuation lines joined with spaces


def instructions(text):
    """The instructions of a Dockerfile, continuation lines (ending in a backslash) joined."""
    found = []
    pending, start = "", 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1].strip() + " "
            continue
        whole = (pending + line).strip()
        pending = ""
        name, _, args = whole.partition(" ")
        found.append(Instruction(start, name.upper(), args.strip()))
    if pending.strip():
        name, _, args = pending.strip().partition(" ")
        found.append(Instruction(start, name.upper(), args.strip()))
    return found


def variables(instruction):
    """The names an ENV or ARG instruction sets: ENV A=1 B=2, ENV A 1, ARG A, ARG A=1."""
    args = instruction.args
    if instruction.name == "ENV" and "=" not in args.split(" ")[0]:
        return [args.split(" ")[0]]
    return [word.split("=")[0] for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*=?(?:\"[^\"]*\"|\S*)", args)]
