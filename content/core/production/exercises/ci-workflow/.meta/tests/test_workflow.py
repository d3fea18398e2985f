"""The CI workflow .github/workflows/ci.yml, read with yaml.safe_load (GitHub does not run here)."""

import re

import pytest
import yaml

WORKFLOW = ".github/workflows/ci.yml"
PINNED_ACTION = re.compile(r"[\w.-]+/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})")
PYTHON_VERSION = re.compile(r"3\.\d+")


@pytest.fixture
def workflow(learner_file):
    text = learner_file(WORKFLOW)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        pytest.fail(f"{WORKFLOW} is not valid YAML: {error}", pytrace=False)
    assert isinstance(data, dict) and isinstance(data.get("jobs"), dict), (
        f"{WORKFLOW} should be a mapping with a 'jobs:' section, each job a mapping of its own"
    )
    return data


def job(workflow, name):
    found = workflow["jobs"].get(name)
    assert isinstance(found, dict), (
        f"The workflow should have a job named {name!r} (under jobs:); it has {sorted(workflow['jobs'])}"
    )
    return found


def steps_of(workflow, name):
    steps = job(workflow, name).get("steps")
    assert isinstance(steps, list) and steps, f"The job {name} should have a list of steps"
    return [step for step in steps if isinstance(step, dict)]


def runs(workflow, name):
    return [str(step["run"]) for step in steps_of(workflow, name) if "run" in step]


def needs(workflow, name):
    value = job(workflow, name).get("needs", [])
    return [value] if isinstance(value, str) else list(value)


def test_runs_on_pushes_to_main_and_pull_requests(workflow):
    """on: push to main, and pull_request."""
    # YAML 1.1 reads the bare word on as True: PyYAML (and so this test) sees the key True.
    triggers = workflow.get("on", workflow.get(True))
    assert isinstance(triggers, dict), (
        "The workflow should say when it runs as a mapping: on: with push: (branches: [main]) and "
        f"pull_request: under it; it says {triggers!r}"
    )
    push = triggers.get("push") or {}
    assert "main" in (push.get("branches") or []), (
        "on: push: should list branches: [main], so that every push to main is checked"
    )
    assert "pull_request" in triggers, (
        "on: should also have pull_request:, so that a change is checked before it is merged"
    )


def test_the_token_can_only_read(workflow):
    """permissions: contents: read (least privilege)."""
    assert workflow.get("permissions") == {"contents": "read"}, (
        "Give the workflow's token the least it needs: a top-level permissions: with contents: read. "
        "A step that runs someone else's code (an action, a package) then cannot push to the repository"
    )


def test_lint_then_test_then_build(workflow):
    """Three jobs in order: test needs lint, build needs test."""
    for name in ("lint", "test", "build"):
        job(workflow, name)
    assert needs(workflow, "test") == ["lint"], (
        f"The job test should say needs: lint, so it starts only when lint has passed; it needs {needs(workflow, 'test')}"
    )
    assert "test" in needs(workflow, "build"), (
        f"The job build should say needs: test: build only what passed the tests; it needs {needs(workflow, 'build')}"
    )
    assert needs(workflow, "lint") == [], "lint is the first job: it needs no other"


def test_each_job_has_a_runner_and_a_time_limit(workflow):
    """Each job says runs-on and a timeout-minutes of 30 or less."""
    for name, body in workflow["jobs"].items():
        assert body.get("runs-on"), f"The job {name} should say which machine it runs on: runs-on: ubuntu-24.04"
        limit = body.get("timeout-minutes")
        assert isinstance(limit, int) and 0 < limit <= 30, (
            f"The job {name} should have timeout-minutes: (at most 30), not {limit!r}: a test that hangs "
            "would otherwise hold the machine for six hours"
        )


def test_the_tests_run_on_several_pythons(workflow):
    """test runs on a matrix of Python versions, written as text, given to setup-python."""
    strategy = job(workflow, "test").get("strategy") or {}
    versions = (strategy.get("matrix") or {}).get("python-version")
    assert isinstance(versions, list) and len(versions) >= 2, (
        "The job test should run on at least two Python versions: strategy: matrix: python-version: "
        f"[\"3.11\", \"3.12\", \"3.13\"]; it has {versions!r}"
    )
    for version in versions:
        assert isinstance(version, str) and PYTHON_VERSION.fullmatch(version), (
            f"Write each Python version in quotes, such as \"3.11\": YAML reads 3.10 without quotes as the "
            f"number 3.1. The matrix has {version!r}"
        )
    assert {"3.11", "3.12"} <= set(versions), f"Test at least on \"3.11\" and \"3.12\"; the matrix has {versions}"
    given = [step.get("with", {}).get("python-version") for step in steps_of(workflow, "test")
             if str(step.get("uses", "")).startswith("actions/setup-python@")]
    assert given and re.fullmatch(r"\$\{\{\s*matrix\.python-version\s*\}\}", str(given[0])), (
        "In the job test, setup-python should get the matrix's version: python-version: "
        f"${{{{ matrix.python-version }}}}; it gets {given[0] if given else 'no setup-python step'!r}"
    )


def test_every_job_checks_out_the_code_first(workflow):
    """Each job starts from an empty machine: its first step is actions/checkout."""
    for name in workflow["jobs"]:
        first = steps_of(workflow, name)[0]
        assert str(first.get("uses", "")).startswith("actions/checkout@"), (
            f"The first step of the job {name} should be uses: actions/checkout@v4: every job starts on a "
            "fresh machine without your code"
        )


def test_actions_are_pinned(workflow):
    """Every action is pinned to a version tag (@v4) or a commit, never a branch."""
    for name in workflow["jobs"]:
        for step in steps_of(workflow, name):
            if "uses" in step:
                action = str(step["uses"])
                assert PINNED_ACTION.fullmatch(action), (
                    f"In the job {name}, pin {action!r} to a release (such as actions/checkout@v4) or a "
                    "commit's full hash: @main or @master runs whatever was pushed there last, "
                    "which may not be what you reviewed"
                )


def test_the_jobs_do_their_work(workflow):
    """lint runs ruff check, test runs pytest, build runs python -m build and keeps dist/."""
    assert any("ruff check" in run for run in runs(workflow, "lint")), (
        "The job lint should run the linter: run: ruff check ."
    )
    assert any(re.search(r"\bpytest\b", run) and "pip" not in run for run in runs(workflow, "test")), (
        "The job test should run the tests: run: pytest"
    )
    assert any("python -m build" in run for run in runs(workflow, "build")), (
        "The job build should build the wheel and the source archive: run: python -m build"
    )
    uploads = [step for step in steps_of(workflow, "build")
               if str(step.get("uses", "")).startswith("actions/upload-artifact@")]
    assert uploads and "dist" in str(uploads[0].get("with", {}).get("path", "")), (
        "The job build should keep what it built: a step uses: actions/upload-artifact@v4 with path: dist/"
    )


def test_tools_are_pinned_too(workflow):
    """Every package a step installs by name is pinned with ==."""
    for name in workflow["jobs"]:
        for run in runs(workflow, name):
            for command in re.findall(r"pip install ([^\n&;|]+)", run):
                words = command.split()
                packages = [word for i, word in enumerate(words)
                            if not word.startswith("-") and (i == 0 or words[i - 1] not in ("-r", "-c"))]
                for package in packages:
                    assert "==" in package, (
                        f"In the job {name}, pin {package} (pip install {package}==<version>), as in "
                        "requirements.txt: a new release of a tool should not break the pipeline overnight"
                    )
