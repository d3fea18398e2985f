"""A fake grader: a real class satisfying the Grader and Runner protocols, no sandbox.

It returns the verdicts it was given, in order (the last one repeats), and records every
job, so the services, the web routes and the CLI commands can be unit-tested on their own
logic in milliseconds. The integration tests keep using the real grader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyascent.grader import GradeJob, GraderBusy, GraderError, RunJob, RunOutput, Verdict

PASSED = Verdict(status="passed", summary="All 1 tests passed.", verified=True)
FAILED = Verdict(status="failed", summary="0 of 1 tests passed. First problem: add.", verified=True)


@dataclass
class ScriptedGrader:
    verdicts: list[Verdict] = field(default_factory=lambda: [PASSED])
    busy_after: float | None = None  # raise GraderBusy(busy_after) instead of grading
    broken: str | None = None  # raise GraderError(broken) instead of grading
    jobs: list[GradeJob] = field(default_factory=list)
    runs: list[RunJob] = field(default_factory=list)
    closed: bool = False

    def grade(self, job: GradeJob) -> Verdict:
        self.jobs.append(job)
        if self.busy_after is not None:
            raise GraderBusy(self.busy_after)
        if self.broken is not None:
            raise GraderError(self.broken)
        index = min(len(self.jobs), len(self.verdicts)) - 1
        return self.verdicts[index]

    def run(self, job: RunJob) -> RunOutput:
        self.runs.append(job)
        if self.busy_after is not None:
            raise GraderBusy(self.busy_after)
        return RunOutput(status="ok", stdout=job.code.decode("utf-8"), stderr="")

    def close(self) -> None:
        self.closed = True
