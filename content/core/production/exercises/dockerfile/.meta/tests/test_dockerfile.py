"""The Dockerfile and .dockerignore, checked statically (Docker does not run here)."""

import json
import re

import pytest
from dockerfile_text import instructions, variables

SECRET_NAME = re.compile(r"SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL", re.IGNORECASE)


@pytest.fixture
def steps(learner_file):
    found = instructions(learner_file("Dockerfile"))
    assert found, "The Dockerfile has no instructions: it should start with FROM"
    return found


def named(steps, name):
    return [step for step in steps if step.name == name]


def pip_install(steps):
    runs = [step for step in named(steps, "RUN") if "pip install" in step.args]
    assert runs, "The Dockerfile should install the dependencies with RUN pip install ... -r requirements.txt"
    return runs[0]


def test_the_base_image_is_pinned_and_slim(steps):
    """FROM python:<version>-slim: a pinned tag of a small image, never latest."""
    froms = named(steps, "FROM")
    assert steps[0].name == "FROM" and froms, "A Dockerfile starts with FROM, the base image"
    image = froms[-1].args.split()[0]
    name, _, tag = image.partition(":")
    assert name == "python" and tag, (
        f"The base image should be python with a tag, such as python:3.12-slim, not {image!r}: "
        "without a tag Docker takes 'latest', which changes under your feet"
    )
    assert re.match(r"3\.\d+", tag) and tag != "latest", (
        f"Pin the Python version in the tag (python:3.12-slim), not {image!r}: every build should get "
        "the same Python"
    )
    assert "slim" in tag, (
        f"Use a slim image (python:3.12-slim), not {image!r}: the full image is about 1 GB of tools "
        "the app never uses, and each of them may need security updates"
    )


def test_a_working_directory(steps):
    """WORKDIR sets the folder of the app before anything is copied."""
    workdirs = named(steps, "WORKDIR")
    copies = named(steps, "COPY") + named(steps, "ADD")
    assert workdirs, "Set a working directory with WORKDIR /app, so the app does not land in / (the root)"
    assert not copies or workdirs[0].line < copies[0].line, (
        "WORKDIR should come before the first COPY, so the files are copied into the app's folder"
    )


def test_dependencies_are_installed_before_the_code_is_copied(steps):
    """requirements.txt is copied and installed first, the code after: the install layer is cached."""
    install = pip_install(steps)
    assert "-r requirements.txt" in install.args, (
        f"Install from the pinned list: RUN pip install --no-cache-dir -r requirements.txt (line {install.line})"
    )
    copies = named(steps, "COPY") + named(steps, "ADD")
    before = [step for step in copies if step.line < install.line]
    assert before, "Copy requirements.txt into the image (COPY requirements.txt .) before you RUN pip install"
    for step in before:
        sources = [word for word in step.args.split()[:-1] if not word.startswith("--")]   # not --chown=...
        assert sources == ["requirements.txt"], (
            f"Before pip install, copy only requirements.txt (line {step.line} copies {' '.join(sources)}). "
            "Docker builds each line as a layer and reuses it while its inputs are unchanged: if the code is "
            "copied first, every change to the code installs all the packages again"
        )
    after = [step for step in copies if step.line > install.line]
    assert after, "After pip install, copy the code into the image: COPY app/ ./app/"


def test_pip_keeps_no_cache(steps):
    """pip install --no-cache-dir: the downloaded files do not stay in the image."""
    install = pip_install(steps)
    assert "--no-cache-dir" in install.args, (
        f"Say pip install --no-cache-dir (line {install.line}): otherwise pip keeps a copy of every "
        "package it downloaded inside the image, for nothing"
    )


def test_the_app_runs_as_a_user_without_rights(steps):
    """A USER that is not root, set after the installation, and created first."""
    users = named(steps, "USER")
    assert users, (
        "The Dockerfile should switch to a user without rights (RUN useradd ... shop, then USER shop): "
        "by default the app runs as root, and a break-in through the app gets root in the container"
    )
    user = users[-1].args.split(":")[0]
    assert user not in ("root", "0"), f"USER {user} is root: create a user of your own (useradd) and switch to it"
    assert users[-1].line > pip_install(steps).line, (
        "Switch to the user (USER) after pip install: installing into the system Python needs root, "
        "running the app does not"
    )
    if not user.isdigit():
        made = [step for step in named(steps, "RUN") if step.line < users[-1].line
                and re.search(r"\b(useradd|adduser)\b", step.args) and re.search(rf"\b{re.escape(user)}\b", step.args)]
        assert made, f"USER {user} does not exist in the image: create it first, with RUN useradd --create-home {user}"


def test_no_secret_in_the_image(steps):
    """No ENV or ARG holds a secret: they stay in the image for anyone who pulls it."""
    for step in named(steps, "ENV") + named(steps, "ARG"):
        for name in variables(step):
            assert not SECRET_NAME.search(name), (
                f"Line {step.line} sets {name} with {step.name}: a secret written into the image (or passed as "
                "a build argument) can be read by anyone who has the image, with docker history or docker "
                "inspect. Give secrets to the running container instead: docker run -e API_TOKEN=..."
            )


def test_the_port_is_exposed(steps):
    """EXPOSE 8000, the port the app listens on."""
    ports = [word.split("/")[0] for step in named(steps, "EXPOSE") for word in step.args.split()]
    assert "8000" in ports, "Say which port the app listens on: EXPOSE 8000"


def test_a_healthcheck(steps):
    """HEALTHCHECK ... CMD asks /health on port 8000."""
    checks = named(steps, "HEALTHCHECK")
    assert checks, (
        "Add a HEALTHCHECK, so that Docker (and whatever runs the container) can tell a stuck app from a "
        "working one: HEALTHCHECK CMD python -c \"...urlopen('http://127.0.0.1:8000/health')...\""
    )
    check = checks[-1].args
    assert " CMD " in f" {check} " and "/health" in check and "8000" in check, (
        f"The HEALTHCHECK should run a CMD that asks http://127.0.0.1:8000/health, not {check!r}. "
        "python:3.12-slim has no curl: use python -c with urllib.request"
    )
    installs_curl = any("curl" in step.args for step in named(steps, "RUN"))
    assert "curl" not in check or installs_curl, (
        "The HEALTHCHECK calls curl, but python:3.12-slim has no curl, so the check would always fail and "
        "the container would be marked unhealthy. Ask with Python instead: CMD python -c \"import "
        "urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)\""
    )


def test_the_command_is_in_exec_form(steps):
    """CMD ["uvicorn", ...] as a JSON list, listening on 0.0.0.0:8000."""
    commands = named(steps, "CMD") + named(steps, "ENTRYPOINT")
    assert commands, 'The Dockerfile should end with the command that starts the app: CMD ["uvicorn", ...]'
    last = named(steps, "CMD")[-1] if named(steps, "CMD") else commands[-1]
    try:
        words = json.loads(last.args)
    except json.JSONDecodeError:
        words = None
    assert isinstance(words, list) and all(isinstance(word, str) for word in words), (
        f"Write CMD in exec form, a JSON list with double quotes: CMD [\"uvicorn\", \"app.main:app\", ...], "
        f"not CMD {last.args}. In shell form the app runs under /bin/sh, which does not pass on the SIGTERM "
        "of docker stop: the app is killed after 10 seconds instead of shutting down cleanly"
    )
    assert "uvicorn" in words and "app.main:app" in words, (
        f"The command should start the app with uvicorn: [\"uvicorn\", \"app.main:app\", ...], not {words}"
    )
    assert "0.0.0.0" in words and "8000" in words, (
        f"The app should listen on all addresses, port 8000: \"--host\", \"0.0.0.0\", \"--port\", \"8000\" "
        f"(uvicorn's default, 127.0.0.1, cannot be reached from outside the container); it says {words}"
    )


def test_dockerignore_keeps_out_the_junk_and_the_secrets(learner_file):
    """.dockerignore names .git, .venv, __pycache__ and .env."""
    patterns = {line.strip().strip("/").removeprefix("**/") for line in learner_file(".dockerignore").splitlines()
                if line.strip() and not line.strip().startswith("#")}
    for needed, why in [(".git", "the whole history"), (".venv", "your local packages, built for your machine"),
                        ("__pycache__", "compiled files"), (".env", "your local secrets")]:
        assert needed in patterns, (
            f".dockerignore should name {needed} ({why}): everything else in the folder is sent to the build "
            "and COPY can put it into the image"
        )
