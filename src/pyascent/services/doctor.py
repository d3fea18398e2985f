"""`pyascent doctor`: which isolation layers this machine gives a check, and why any is missing."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pyascent.grader import GradeJob, HostCapabilities, Verdict, WorkerPool, detect

PROBE_TEST = "from probe import answer\n\n\ndef test_answer():\n    assert answer() == 42\n"


@dataclass(frozen=True)
class DoctorReport:
    python: str
    capabilities: HostCapabilities
    probe: Verdict

    def layers(self) -> list[tuple[str, bool, str]]:
        caps = self.capabilities
        return [
            ("namespaces", caps.namespaces, "mount, network (loopback only), pid, ipc, uts"),
            ("landlock", bool(caps.landlock_abi), f"ABI {caps.landlock_abi}"),
            ("seccomp", caps.seccomp, "deny-list of dangerous system calls"),
            ("separate uid", caps.uid_drop, "an unprivileged uid per slot"),
            ("cgroup", caps.cgroup_base is not None, "a cap on processes per check"),
            ("rlimits", True, "CPU, memory, processes, file size, open files, core dumps"),
        ]


def run_doctor() -> DoctorReport:
    """Detect the layers, then prove them with a real check."""
    with tempfile.TemporaryDirectory() as folder:
        tests = Path(folder)
        (tests / "test_probe.py").write_text(PROBE_TEST)
        job = GradeJob(files={"probe.py": b"def answer():\n    return 42\n"}, tests_dir=tests)
        with WorkerPool(workers=1, warm=False) as pool:
            verdict = pool.grade(job)
    return DoctorReport(python=sys.executable, capabilities=detect(), probe=verdict)
