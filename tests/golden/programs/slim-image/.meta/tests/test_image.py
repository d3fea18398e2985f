import yaml


def test_the_base_image_is_pinned(learner_file):
    first = learner_file("Dockerfile").splitlines()[0]
    assert first.startswith("FROM python:3."), "Pin the base image to a Python version tag"


def test_the_image_does_not_run_as_root(learner_file):
    assert "USER " in learner_file("Dockerfile"), "Add a USER line"


def test_the_workflow_has_a_test_job(learner_file):
    workflow = yaml.safe_load(learner_file(".github/workflows/ci.yml"))
    assert "test" in workflow["jobs"], "Add a job named test"


def test_the_program_still_runs(run_program):
    assert run_program("app.py").stdout == "hi\n"
