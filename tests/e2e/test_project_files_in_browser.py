"""An exercise of several files (a Dockerfile, a CI workflow, a program) solved in the
browser: every file has its own editor, is checked together and saved as a draft."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import GOLDEN, Server, running_server
from tests.e2e.conftest import new_page, shot
from tests.e2e.test_learner_in_browser import axe_violations

EXERCISE = GOLDEN / "programs" / "slim-image"
SOLUTION = EXERCISE / ".meta" / "solution"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("files"), exercises=(EXERCISE,)) as running:
        yield running


def test_every_file_is_edited_checked_and_kept(server: Server, browser: Any) -> None:
    page: Any = new_page(browser)
    page.goto(server.url + "/exercises/slim-image")
    workflow = page.get_by_label("Project file: .github/workflows/ci.yml")
    program = page.get_by_label("Project file: app.py")
    assert program.input_value() == 'print("hi")\n'  # the starter's
    page.evaluate(
        "text => PyAscentEditor.setValue(document.getElementById('code'), text)",
        (SOLUTION / "Dockerfile").read_text(),
    )
    page.get_by_role("button", name="Check").click()
    verdict = page.locator("#verdict")
    verdict.get_by_text("3 of 4 tests passed", exact=False).wait_for(timeout=60_000)
    assert "Add a job named test" in verdict.inner_text()  # the workflow is still the starter's
    workflow.fill((SOLUTION / ".github" / "workflows" / "ci.yml").read_text())
    page.get_by_role("button", name="Check").click()
    verdict.get_by_text("All 4 tests passed").wait_for(timeout=60_000)
    shot(page, "project-files-passed")
    assert axe_violations(page) == []
    page.reload()
    kept = page.get_by_label("Project file: .github/workflows/ci.yml").input_value()
    assert "runs-on: ubuntu-latest" in kept  # saved as the draft with the check


def test_the_api_takes_the_other_files_and_refuses_strangers(server: Server) -> None:
    url = server.url + "/api/v1/exercises/slim-image/submissions"
    files = {".github/workflows/ci.yml": (SOLUTION / ".github/workflows/ci.yml").read_text()}
    body = {"code": (SOLUTION / "Dockerfile").read_text(), "files": files}
    done = httpx.post(url, json=body, timeout=60)
    assert done.json()["status"] == "passed", done.text  # app.py came from the starter
    body["files"] = {"../secret.py": "x = 1\n"}
    refused = httpx.post(url, json=body, timeout=60)
    assert refused.status_code == 404
    assert "'../secret.py' is not one of the other files of 'slim-image'" in refused.text


def test_a_file_is_shown_as_text_never_as_html(server: Server, browser: Any) -> None:
    draft = server.url + "/api/v1/exercises/slim-image/draft"
    hostile = "</textarea><script>window.pwned = 1</script>"
    httpx.put(
        draft,
        json={"code": "FROM python:3.12\n", "files": {"app.py": hostile}},
        timeout=30,
    ).raise_for_status()
    page: Any = new_page(browser)
    page.goto(server.url + "/exercises/slim-image")
    assert page.get_by_label("Project file: app.py").input_value() == hostile
    assert page.evaluate("window.pwned") is None
