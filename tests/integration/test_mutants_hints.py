"""Hints teach instead of answering: a hint whose code passes the hidden tests is a defect."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pyascent.services.course_check import hint_code
from tests.conftest import Cli

GIVES_IT_AWAY = '''hints = [
    "Use +.",
    """A skeleton:

```python
def add(a, b):
    return ___
```
""",
    """The answer:

```python
def add(a, b):
    return a + b
```
""",
]
'''


def test_a_hint_with_the_whole_solution_is_reported_with_file_and_number(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    toml = pack / "arith" / "exercises" / "adder" / "exercise.toml"
    text = toml.read_text()
    start = text.index("hints = [")
    end = text.index("]", start) + 1
    toml.write_text(text[:start] + GIVES_IT_AWAY + text[end:])

    result = cli("course", "check", str(pack), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["checks"] == 9 + 2  # the skeleton and the answer were graded
    (problem,) = report["problems"]
    assert problem["file"] == str(toml)
    assert problem["field"] == "hints[2]"
    assert problem["message"].startswith("hint 3 gives the answer away")


def test_hint_code_is_each_fenced_block_and_all_of_them_together() -> None:
    hint = "First:\n```python\nx = 1\n```\nthen:\n```\ny = x\n```\nnot this: ```sh\nls\n```"
    assert hint_code(hint) == ["x = 1\n", "y = x\n", "x = 1\n\ny = x\n"]
    assert hint_code("Inline `return a + b` is not a program.") == []
