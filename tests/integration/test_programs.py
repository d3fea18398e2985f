"""Hidden tests that need the learner's project whole: a web app served over real HTTP, a
wheel built and installed, files that are not Python. All in the sandbox, for real."""

from __future__ import annotations

import base64
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pyascent.course import ContentError, Exercise, load_exercise_folder
from pyascent.grader import Verdict, WorkerPool
from pyascent.services.grading import grade_exercise

from ..conftest import GOLDEN, running_server

PROGRAMS = GOLDEN / "programs"


@pytest.fixture(scope="module")
def web_pool() -> Iterator[WorkerPool]:
    """As `pyascent serve` makes it: the exercises' packages preloaded in the worker."""
    with WorkerPool(workers=1, preload=["fastapi", "flask", "uvicorn", "httpx"]) as pool:
        yield pool


def _files(exercise: Exercise, which: str, **changed: str) -> dict[str, bytes]:
    folder = exercise.solution_dir if which == "solution" else exercise.starter_dir
    files = {name: (folder / name).read_bytes() for name in exercise.files}
    files.update({name.replace("__", "/"): text.encode() for name, text in changed.items()})
    return files


def _failures(verdict: Verdict) -> dict[str, str]:
    return {t.name: t.message or "" for t in verdict.tests if t.status != "passed"}


def test_a_served_fastapi_and_flask_app_are_answered_over_http(web_pool: WorkerPool) -> None:
    exercise = load_exercise_folder(PROGRAMS / "shop-api")
    verdict = grade_exercise(web_pool, exercise, _files(exercise, "solution"))
    assert verdict.passed, verdict.summary
    assert verdict.verified
    starter = grade_exercise(web_pool, exercise, _files(exercise, "starter"))
    assert "POST /items should answer 201 Created" in _failures(starter).values()


def test_an_app_that_cannot_start_is_reported_with_its_line(web_pool: WorkerPool) -> None:
    exercise = load_exercise_folder(PROGRAMS / "shop-api")
    broken = "from fastapi import FastAPI\n\nraise RuntimeError('no database')\napp = FastAPI()\n"
    verdict = grade_exercise(
        web_pool, exercise, _files(exercise, "solution", **{"shop.py": broken})
    )
    message = _failures(verdict)["test_an_added_item_can_be_read_back"]
    assert "Your app app in shop.py could not start: RuntimeError: no database" in message
    assert "(shop.py, line 3)" in message


def test_the_served_app_keeps_no_descriptor_of_the_checks_processes(
    web_pool: WorkerPool, tmp_path: Path
) -> None:
    """The app runs in a child of the learner's side; the channel to the tests stays shut."""
    spy = (
        "import os\n\n\ndef create_app():\n"
        "    def app(environ, start_response):\n"
        "        start_response('200 OK', [('Content-Type', 'text/plain')])\n"
        "        kinds = []\n"
        "        for n in os.listdir('/proc/self/fd'):\n"
        "            try:\n"
        "                kinds.append(os.readlink(f'/proc/self/fd/{n}').split(':')[0])\n"
        "            except OSError:\n"
        "                pass\n"
        "        return [' '.join(sorted(kinds)).encode()]\n"
        "    return app\n"
    )
    probe = (
        "import httpx\n\n\ndef test_what_it_holds(serve_app):\n"
        "    site = serve_app('pages.py', 'create_app()')\n"
        "    held = httpx.get(site.url + '/').text\n"
        "    assert held == 'HOLDS', held\n"
    )
    folder = tmp_path / "shop-api"
    shutil.copytree(PROGRAMS / "shop-api", folder)
    (folder / ".meta" / "tests" / "test_shop.py").write_text(probe)
    copy = load_exercise_folder(folder)
    verdict = grade_exercise(web_pool, copy, _files(copy, "solution", **{"pages.py": spy}))
    held = _failures(verdict)["test_what_it_holds"]
    kinds = held.split()
    # stdin, stdout and stderr (the log file), the listener and the request's connection
    assert kinds.count("socket") == 2, held
    assert len(kinds) == 5, held


def test_files_that_are_not_python_are_read_by_the_tests(pool: WorkerPool) -> None:
    exercise = load_exercise_folder(PROGRAMS / "slim-image")
    assert exercise.files == ("Dockerfile", ".github/workflows/ci.yml", "app.py")
    assert grade_exercise(pool, exercise, _files(exercise, "solution")).passed
    starter = _failures(grade_exercise(pool, exercise, _files(exercise, "starter")))
    assert starter == {
        "test_the_base_image_is_pinned": "Pin the base image to a Python version tag",
        "test_the_image_does_not_run_as_root": "Add a USER line",
        "test_the_workflow_has_a_test_job": "Add a job named test",
    }


def test_a_missing_file_is_named(pool: WorkerPool) -> None:
    exercise = load_exercise_folder(PROGRAMS / "slim-image")
    files = _files(exercise, "solution")
    del files["Dockerfile"]
    failures = _failures(grade_exercise(pool, exercise, files))
    assert failures["test_the_base_image_is_pinned"] == (
        "Your project has no file Dockerfile: create it."
    )


def test_the_same_tests_work_in_one_process(pool: WorkerPool, tmp_path: Path) -> None:
    folder = tmp_path / "slim-image"
    shutil.copytree(PROGRAMS / "slim-image", folder)
    manifest = folder / "exercise.toml"
    manifest.write_text(manifest.read_text().replace("files =", 'mode = "single-process"\nfiles ='))
    exercise = load_exercise_folder(folder)
    verdict = grade_exercise(pool, exercise, _files(exercise, "solution"))
    assert verdict.passed and not verdict.verified, verdict.summary


def test_a_wheel_is_built_installed_and_used_from_outside_the_source(pool: WorkerPool) -> None:
    exercise = load_exercise_folder(PROGRAMS / "units-lib")
    verdict = grade_exercise(pool, exercise, _files(exercise, "solution"))
    assert verdict.passed, verdict.tests
    assert verdict.verified


def test_a_project_that_does_not_build_says_so_with_pips_words(pool: WorkerPool) -> None:
    exercise = load_exercise_folder(PROGRAMS / "units-lib")
    pyproject = (exercise.solution_dir / "pyproject.toml").read_text()
    broken = pyproject.replace('version = "1.2.0"', "version = 1.2.0")
    verdict = grade_exercise(
        pool, exercise, _files(exercise, "solution", **{"pyproject.toml": broken})
    )
    message = _failures(verdict)["test_the_wheel_installs_and_works_from_elsewhere"]
    assert message.startswith("pyproject.toml is not valid TOML: Expected newline")
    assert "(at line 7, column 14)" in message


def test_a_wheel_that_pip_cannot_build_shows_pips_words_not_a_traceback(pool: WorkerPool) -> None:
    exercise = load_exercise_folder(PROGRAMS / "units-lib")
    pyproject = (exercise.solution_dir / "pyproject.toml").read_text()
    broken = pyproject.replace('"hatchling.build"', '"no_such_backend.build"')
    verdict = grade_exercise(
        pool, exercise, _files(exercise, "solution", **{"pyproject.toml": broken})
    )
    failures = _failures(verdict)
    message = failures["test_the_wheel_installs_and_works_from_elsewhere"]
    assert message.startswith("Your project could not be built into a wheel (pip wheel .)")
    assert "no_such_backend" in message
    assert 'File "' not in message
    assert failures["test_the_wheel_is_named_by_the_project"] == message  # told, not rebuilt


def test_a_package_in_folders_is_imported_by_the_tests_through_the_subject(
    pool: WorkerPool,
) -> None:
    exercise = load_exercise_folder(PROGRAMS / "units-lib")
    files = _files(exercise, "starter")
    failures = _failures(grade_exercise(pool, exercise, files))
    assert "cannot import name 'main' from 'units.convert'" in failures["import"]


@pytest.mark.parametrize("path", ["../escape.py", ".meta/tests/x.py", "/etc/passwd", "a//b.py"])
def test_a_learner_file_outside_the_project_is_refused(tmp_path: Path, path: str) -> None:
    folder = tmp_path / "slim-image"
    shutil.copytree(PROGRAMS / "slim-image", folder)
    manifest = folder / "exercise.toml"
    text = manifest.read_text().replace('"app.py"]', f'"app.py", "{path}"]')
    manifest.write_text(text)
    with pytest.raises(ContentError) as refused:
        load_exercise_folder(folder)
    assert "exercise.toml" in str(refused.value) and "files" in str(refused.value)


def test_a_figure_the_learner_drew_is_shown_under_its_test(tmp_path: Path) -> None:
    """`show_figure` draws the figure where the learner's code made it; the verdict page
    shows it as a picture under the test, passed or failed."""
    plot = GOLDEN / "data" / "temperature-plot"
    with (
        running_server(tmp_path, exercises=(plot,)) as server,
        httpx.Client(base_url=server.url, timeout=60) as client,
    ):
        page = client.get("/exercises/temperature-plot")
        token = page.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
        for which, status in (("starter", "✗"), ("solution", "✓")):
            code = (
                plot / (".meta/solution" if which == "solution" else which) / "plot.py"
            ).read_text()
            done = client.post(
                "/exercises/temperature-plot/check", data={"csrf_token": token, "code": code}
            )
            assert done.status_code == 200
            pictures = done.text.split('<img class="figure" src="data:image/png;base64,')[1:]
            assert len(pictures) == 2, f"{which}: one figure under each test"
            png = base64.b64decode(pictures[0].split('"', 1)[0])
            assert png.startswith(b"\x89PNG\r\n\x1a\n")
            width, height = struct.unpack(">II", png[16:24])
            assert (width, height) == (320, 240), "figsize (4, 3) at 80 dpi"
            assert status in done.text
        api = client.post(
            "/api/v1/exercises/temperature-plot/submissions", json={"code": code}
        ).json()
        assert [len(t["figures"]) for t in api["tests"]] == [1, 1]
        assert api["stderr"] == "", "drawing must not warn (fontconfig reads /etc/fonts)"


def test_scikit_learn_can_size_its_pools_in_the_sandbox() -> None:
    """KMeans asks joblib how many CPUs it may use, which reads the cgroup's CPU quota:
    refused by the sandbox, every KMeans in a check failed with PermissionError."""
    exercise = load_exercise_folder(GOLDEN / "data" / "two-groups")
    with WorkerPool(workers=1, preload=["sklearn.cluster"]) as pool:
        verdict = grade_exercise(pool, exercise, _files(exercise, "solution"))
    assert verdict.passed, [(t.name, t.message) for t in verdict.tests]
