"""The worker pool: replacement of dead workers, back-pressure, async use, shutdown."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from pyascent.course import Exercise
from pyascent.grader import GraderBusy, WorkerPool
from pyascent.services import job_for

SOLUTION = {"adder.py": b"def add(a, b):\n    return a + b\n"}
SLOW = {"adder.py": b"import time\n\n\ndef add(a, b):\n    time.sleep(2)\n    return a + b\n"}


def test_a_dead_worker_is_replaced(adder: Exercise) -> None:
    with WorkerPool(workers=1, warm=False) as pool:
        assert pool.grade(job_for(adder, SOLUTION)).passed
        (worker,) = pool._workers
        os.kill(worker.proc.pid, signal.SIGKILL)
        worker.proc.wait(timeout=5)
        verdict = pool.grade(job_for(adder, SOLUTION))
        assert verdict.passed, verdict.summary
        (fresh,) = pool._workers
        assert fresh is not worker and fresh.alive()


def test_a_full_line_answers_busy(adder: Exercise) -> None:
    with WorkerPool(workers=1, warm=False, max_waiting=0) as pool:
        pool.start()
        slow = threading.Thread(target=pool.grade, args=(job_for(adder, SLOW),))
        slow.start()
        time.sleep(0.3)
        with pytest.raises(GraderBusy) as busy:
            pool.grade(job_for(adder, SOLUTION))
        assert busy.value.retry_after >= 1
        assert "retry in" in str(busy.value)
        slow.join()
        assert pool.grade(job_for(adder, SOLUTION)).passed


def test_usable_from_async_code(adder: Exercise) -> None:
    async def grade_two(pool: WorkerPool) -> list[bool]:
        verdicts = await asyncio.gather(
            pool.grade_async(job_for(adder, SOLUTION)),
            pool.grade_async(job_for(adder, {"adder.py": b"def add(a, b):\n    return 0\n"})),
        )
        return [v.passed for v in verdicts]

    with WorkerPool(workers=2, warm=False) as pool:
        assert asyncio.run(grade_two(pool)) == [True, False]


def test_shutdown_stops_every_worker(adder: Exercise) -> None:
    pool = WorkerPool(workers=2, warm=False)
    pool.grade(job_for(adder, SOLUTION))
    processes = [w.proc for w in pool._workers]
    pool.close()
    assert all(p.poll() is not None for p in processes)


def test_numpy_is_preloaded_and_usable(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    from pyascent.grader import GradeJob

    (tmp_path / "test_vec.py").write_text(
        "import numpy as np\nfrom vec import total\n\n\n"
        "def test_total():\n    assert total(np.arange(4)) == 6\n"
    )
    job = GradeJob(
        files={"vec.py": b"def total(a):\n    return int(a.sum())\n"}, tests_dir=tmp_path
    )
    with WorkerPool(workers=1, preload=["numpy"]) as pool:
        verdict = pool.grade(job)
        assert verdict.passed, verdict.summary + verdict.stderr
        assert pool._workers[0].preloaded == ["numpy"]


def test_layers_on_this_machine_are_all_active(adder: Exercise) -> None:
    """A canary: CI notices a host where a layer silently went missing."""
    with WorkerPool(workers=1, warm=False) as pool:
        caps = pool.capabilities
        layers = " | ".join(pool.grade(job_for(adder, SOLUTION)).sandbox)
    assert caps.namespaces and "namespaces: mount, net" in layers
    assert caps.seccomp and "seccomp deny-list" in layers
    assert caps.landlock_abi >= 1 and "landlock ABI" in layers
    if os.geteuid() == 0:
        assert caps.uid_drop and "unprivileged uid" in layers
        assert caps.cgroup_base is not None and "cgroup pids limit" in layers


def test_without_namespaces_the_fallback_still_grades(adder: Exercise) -> None:
    """A laptop or container without namespaces: fewer layers, same verdicts, still limits."""
    endless = {"adder.py": b"def add(a, b):\n    while True:\n        pass\n"}
    with WorkerPool(workers=1, warm=False, namespaces=False) as pool:
        passed = pool.grade(job_for(adder, SOLUTION))
        assert passed.passed, passed.summary
        assert not any(layer.startswith("namespaces") for layer in passed.sandbox)
        assert pool.grade(job_for(adder, endless)).status == "timeout"
