"""Problems found in course content, each pinned to a file, a line and a field.

Why a value type rather than exceptions: an author wants every defect of a pack in one run,
so the loader and the checker collect problems instead of stopping at the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One defect in a course pack, phrased for the author who must fix it."""

    file: Path
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = str(self.file)
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f" [{self.field}]"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": str(self.file),
            "line": self.line,
            "field": self.field,
            "message": self.message,
        }


class ContentError(Exception):
    """Raised when a pack cannot be loaded at all; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.file), p.line or 0, p.message))
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in course content:\n{lines}")
