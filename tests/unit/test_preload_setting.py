"""`preload_packages`: the workers of `serve` and `worker` import the course's packages
first, unless it is off (the test suite's own processes run with it off)."""

from __future__ import annotations

from pyascent.course import builtin_course_path, load_course
from pyascent.services.grading import server_grader
from pyascent.services.settings import Settings
from pyascent.services.settings_loader import load_settings


def test_on_by_default_the_pool_preloads_what_the_course_declares() -> None:
    course = load_course(builtin_course_path())
    pool = server_grader(course, Settings(workers=1))
    try:
        assert {"torch", "sklearn", "pandas", "numpy", "matplotlib.pyplot"} <= set(pool.preload)
    finally:
        pool.close()


def test_off_the_pool_preloads_nothing() -> None:
    course = load_course(builtin_course_path())
    pool = server_grader(course, Settings(workers=1, preload_packages=False))
    try:
        assert pool.preload == ()
    finally:
        pool.close()


def test_the_environment_switches_it() -> None:
    assert not load_settings(env={"PYASCENT_PRELOAD_PACKAGES": "false"}).settings.preload_packages
    assert load_settings(env={}).settings.preload_packages
