"""The grader: a job in, a verdict out.

Callers use `Grader.grade(GradeJob) -> Verdict`; how the check is isolated and run is this
package's business (`WorkerPool` in pool.py, isolation.py, and `inside/`, the code that runs
in the sandbox).
"""

from pyascent.grader.api import (
    VERDICT_SCHEMA_VERSION,
    Frame,
    GradeJob,
    Grader,
    GraderError,
    Limits,
    RunJob,
    Runner,
    RunOutput,
    SourceProblem,
    TestResult,
    Verdict,
)
from pyascent.grader.classify import NO_TESTS_COLLECTED
from pyascent.grader.isolation import HostCapabilities, detect
from pyascent.grader.pool import GraderBusy, WorkerPool

__all__ = [
    "NO_TESTS_COLLECTED",
    "VERDICT_SCHEMA_VERSION",
    "Frame",
    "GradeJob",
    "Grader",
    "GraderBusy",
    "GraderError",
    "HostCapabilities",
    "Limits",
    "RunJob",
    "RunOutput",
    "Runner",
    "SourceProblem",
    "TestResult",
    "Verdict",
    "WorkerPool",
    "detect",
]
