"""The thread timeline of a program, for the GIL lessons: which thread ran Python code when.

A use case of its own beside the explorer (services/explorer.py): the program runs once
more in the sandbox under `explore/inside/threads.py`, which records real clock readings;
what comes back is untrusted data, checked field by field, and drawn as lanes.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from pyascent.explore import inside
from pyascent.grader import GraderBusy, GraderError, RunJob, Runner
from pyascent.services.errors import GradingBusy, GradingFailed, ServiceError
from pyascent.services.explorer import EXPLORE_LIMITS

THREADS_SOURCE = (Path(inside.__file__).parent / "threads.py").read_text(encoding="utf-8")
LANE_HEIGHT = 22
LABEL_WIDTH = 130
DRAWN_WIDTH = 600


@dataclass(frozen=True)
class Slice:
    """A run of one thread's Python code with no other thread in between (microseconds)."""

    thread: int
    start_us: int
    end_us: int
    first_line: int
    last_line: int
    events: int

    @property
    def milliseconds(self) -> float:
        return (self.end_us - self.start_us) / 1000


@dataclass(frozen=True)
class Bar:
    """A slice placed on the drawing: x and width in the lanes' own units."""

    lane: int
    x: float
    width: float
    slice: Slice


@dataclass(frozen=True)
class ThreadTimeline:
    threads: list[str]
    slices: list[Slice]
    switch_interval_ms: float
    truncated: bool
    stdout: str
    error: str | None = None

    @property
    def switches(self) -> int:
        return max(0, len(self.slices) - 1)

    @property
    def total_us(self) -> int:
        return max((s.end_us for s in self.slices), default=0)

    def median_slice_ms(self) -> float | None:
        """The typical time a thread ran before another took the GIL (the last slice of
        each thread, cut by its end rather than by a switch, is left out)."""
        cut = [s.milliseconds for s in self.slices[:-1]]
        return round(statistics.median(cut), 2) if cut else None

    def bars(self) -> list[Bar]:
        total = self.total_us or 1
        return [
            Bar(
                s.thread,
                LABEL_WIDTH + DRAWN_WIDTH * s.start_us / total,
                max(1.0, DRAWN_WIDTH * (s.end_us - s.start_us) / total),
                s,
            )
            for s in self.slices
        ]

    def summary(self) -> str:
        """One sentence a screen reader gets instead of the drawing."""
        if not self.slices:
            return "No Python code of the program ran."
        median = self.median_slice_ms()
        typical = f"; a thread typically ran {median} ms before a switch" if median else ""
        return (
            f"{len(self.threads)} threads ran Python code over {self.total_us / 1000:.1f} ms, "
            f"with {self.switches} switches{typical} (the switch interval is "
            f"{self.switch_interval_ms:g} ms)."
        )


def thread_timeline(runner: object, code: str, stdin: list[str] | None = None) -> ThreadTimeline:
    """Run `code` once more in the sandbox and time which thread ran its lines."""
    if not isinstance(runner, Runner):
        raise ServiceError("This grader cannot run programs.")
    payload = json.dumps({"source": code, "stdin": list(stdin or [])})
    program = (THREADS_SOURCE + f"\n\nmain({payload!r})\n").encode("utf-8")
    try:
        output = runner.run(RunJob(code=program, limits=EXPLORE_LIMITS))
        data = json.loads(output.stdout.strip().splitlines()[-1])
        names = [str(n)[:60] for n in data.get("threads", [])][:64]
        slices = [
            Slice(*(int(v) for v in row[:6]))
            for row in data.get("slices", [])
            if type(row) is list and len(row) == 6 and 0 <= int(row[0]) < len(names)
        ]
        return ThreadTimeline(
            names,
            slices,
            float(data.get("switch_interval_ms", 0)),
            bool(data.get("truncated")),
            str(data.get("stdout", "")),
            data.get("error"),
        )
    except GraderBusy as exc:
        raise GradingBusy(exc.retry_after) from exc
    except GraderError as exc:
        raise GradingFailed(f"The thread timeline failed on this machine: {exc}") from exc
    except (ValueError, IndexError, TypeError) as exc:
        raise GradingFailed("The threads of this program could not be timed.") from exc
