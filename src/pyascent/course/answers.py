"""Recorded quiz answers: what each predict snippet, and each Parsons solution without an
`expected` output, printed in the sandbox when `course check --record-answers` last ran.

Why record them instead of only computing them on demand: the pack's history then shows
every change of an answer (an edited snippet, a new Python version), the web app answers
without running anything, and `course check` fails when a snippet no longer prints its
recorded answer, so a changed answer never reaches a learner unreviewed. Authors still never
type an answer: the tool writes `quiz-answers.toml`, one per module, next to module.toml.

Pure: parsing lives in the loader, running in services; here are the key, the digest and
the file's text.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable

from pyascent.course.model import RecordedAnswer

ANSWERS_FILE = "quiz-answers.toml"

_HEADER = """\
# Written by `pyascent course check --record-answers`: what each quiz's program printed in
# the sandbox. Do not edit by hand; `course check` fails when a snippet stops printing its
# recorded answer.
schema_version = 1
"""


def quiz_key(module_id: str, lesson_slug: str, number: int) -> str:
    """A quiz's id across the course: `<module id>.<lesson slug>.<quiz number>`."""
    return f"{module_id}.{lesson_slug}.{number}"


def code_digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def render_answers(records: Iterable[RecordedAnswer]) -> str:
    """The text of an answers file, records in key order; it reads back to the same records."""
    parts = [_HEADER]
    for record in sorted(records, key=lambda r: _sort_key(r.quiz)):
        parts.append(
            f"\n[[answer]]\nquiz = {_basic(record.quiz)}\n"
            f"code_sha256 = {_basic(record.code_sha256)}\noutput = {_string(record.output)}\n"
        )
    return "".join(parts)


def _sort_key(key: str) -> tuple[str, str, int]:
    module, lesson, number = key.rsplit(".", 2)
    return module, lesson, int(number)


def _basic(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except that DEL must be escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _string(text: str) -> str:
    """Output as a multi-line literal string when that reads back exactly, else escaped."""
    literal = f"'''\n{text}'''"
    if "'''" not in text and not text.endswith("'"):
        try:
            if tomllib.loads(f"v = {literal}")["v"] == text:
                return literal
        except tomllib.TOMLDecodeError:
            pass
    return _basic(text)
