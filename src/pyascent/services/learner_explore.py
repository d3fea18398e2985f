"""The learner's explorer: their programs traced, profiled and taken apart in the sandbox.
A part of LearnerService kept apart because it is one concept and grades nothing."""

from __future__ import annotations

from pyascent.grader import Grader
from pyascent.services.explorer import (
    BytecodeSteps,
    Exploration,
    GcProfile,
    Internals,
    bytecode_steps,
    explore,
    gc_profile,
    internals,
)
from pyascent.services.thread_timeline import ThreadTimeline, thread_timeline


class Exploring:
    """Mixed into LearnerService, which provides the grader (its runner does the work)."""

    grader: Grader

    def explore(self, code: str, stdin: list[str] | None = None) -> Exploration:
        """Trace a program in the sandbox for the explorer (never graded)."""
        return explore(self.grader, code, stdin)

    def gc_profile(self, code: str, stdin: list[str] | None = None) -> GcProfile:
        """The garbage collector's counts at every step, measured without disturbing them."""
        return gc_profile(self.grader, code, stdin)

    def internals(self, code: str) -> Internals:
        """Tokens, syntax tree and bytecode of a program, computed in the sandbox."""
        return internals(self.grader, code)

    def bytecode_steps(self, code: str, stdin: list[str] | None = None) -> BytecodeSteps:
        """Every instruction the program runs, with CPython's value stack before it."""
        return bytecode_steps(self.grader, code, stdin)

    def thread_timeline(self, code: str, stdin: list[str] | None = None) -> ThreadTimeline:
        """Which thread ran the program's Python code, and when (the GIL lessons)."""
        return thread_timeline(self.grader, code, stdin)
