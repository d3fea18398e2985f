"""Gathering every problem of a pack while reading it, each with file, line and field."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from pyascent.course.problems import Problem
from pyascent.course.tomlfile import TomlFile, read_toml

M = TypeVar("M", bound=BaseModel)


class Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(
        self, path: Path, message: str, line: int | None = None, field: str | None = None
    ) -> None:
        self.problems.append(Problem(path, line, field, message))

    def parse(self, path: Path, schema: type[M]) -> M | None:
        """Read and validate one TOML file; record problems and return None on failure."""
        read = read_toml(path)
        if isinstance(read, Problem):
            self.problems.append(read)
            return None
        return self.validate(read, schema)

    def validate(self, toml: TomlFile, schema: type[M]) -> M | None:
        try:
            return schema.model_validate(toml.data)
        except ValidationError as exc:
            for error in exc.errors():
                loc = tuple(error["loc"])
                field = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in loc)
                field = field.replace(".[", "[")
                message = _friendly(error["type"], error["msg"], field)
                self.add(toml.path, message, toml.line_of(loc), field or None)
            return None


def _friendly(kind: str, message: str, field: str) -> str:
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return f"unknown field '{field}' (check the spelling; see docs/authoring.md)"
    if kind == "string_pattern_mismatch":
        return f"{message}; ids are lower-case words joined by '-', files end in .py"
    return message
