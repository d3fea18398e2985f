"""Read a local clone of an Exercism track: config.json, then each exercise's folder.

Exercism documents the layout (building/tracks/config-json, practice-exercises,
concept-exercises): the track's `config.json` lists every exercise, each exercise folder has
`.meta/config.json` naming its files and `.docs/` holding its Markdown. A track is
hand-edited by many people, so every check here names the file and field it found wrong and
turns one broken exercise into one `Skipped` entry; only a track whose own `config.json`
cannot be read stops the import.

Just over 400 lines on purpose: the track's config and each exercise's config are one
documented layout, and the track's `files` patterns fill in what an exercise's config leaves
empty, so they are read together.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyascent.services.errors import ServiceError

KINDS = ("concept", "practice")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PY_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\.py$")
LEFT_OUT_STATUS = {"deprecated": "deprecated upstream", "wip": "work in progress upstream"}


@dataclass(frozen=True)
class Skipped:
    """What was not converted and why; `left_out` marks a choice (deprecated), not a fault."""

    exercise: str | None
    file: str  # relative to the track folder
    field: str | None
    reason: str
    left_out: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "exercise": self.exercise,
            "file": self.file,
            "field": self.field,
            "reason": self.reason,
            "left_out": self.left_out,
        }


@dataclass(frozen=True)
class Entry:
    """One exercise as config.json lists it."""

    kind: str
    slug: str
    name: str
    difficulty: int | None
    concepts: tuple[str, ...]  # what a concept exercise teaches
    practices: tuple[str, ...]
    prerequisites: tuple[str, ...]  # concept slugs, as Exercism means them
    position: int


@dataclass(frozen=True)
class Source:
    """An exercise whose files were all found: what the pack writer needs."""

    entry: Entry
    folder: Path
    stubs: dict[str, Path]  # learner file name -> the track's stub
    reference: dict[str, Path]  # learner file name -> example or exemplar
    tests: dict[str, Path]  # name under .meta/tests -> the track's file
    editor: dict[str, Path]  # relative name -> helper file the tests or the learner import
    instructions: list[str]  # introduction, instructions, appendix (those present)
    hints: str | None


@dataclass(frozen=True)
class Track:
    path: Path
    slug: str
    language: str
    concept_names: dict[str, str]
    entries: tuple[Entry, ...]
    skipped: tuple[Skipped, ...]  # entries of config.json that could not be read
    # The track's own `files` patterns ("%{snake_slug}.py"...): what an exercise whose
    # .meta/config.json lists no file of a kind has, as Exercism's tooling reads them.
    file_patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)


class _Fault(Exception):
    def __init__(self, file: str, field: str | None, reason: str) -> None:
        super().__init__(reason)
        self.file, self.field, self.reason = file, field, reason


def read_json(path: Path, shown: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _Fault(shown, None, "file is missing") from None
    except UnicodeDecodeError:
        raise _Fault(shown, None, "file is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise _Fault(
            shown, None, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except OSError as exc:
        raise _Fault(shown, None, f"cannot read: {exc.strerror}") from None


def read_track(path: Path) -> Track:
    """The track's own config.json: its slug, concepts and exercise entries.

    Raises:
        ServiceError: no track folder, or a config.json that cannot be used at all.
    """
    if not path.is_dir():
        raise ServiceError(f"{path}: no such folder (give the folder of a cloned track)")
    try:
        data = read_json(path / "config.json", "config.json")
        if not isinstance(data, dict):
            raise _Fault("config.json", None, "expected a JSON object at the top")
        exercises = data.get("exercises", {})
        if not isinstance(exercises, dict):
            raise _Fault("config.json", "exercises", "expected an object with concept, practice")
    except _Fault as fault:
        where = f" [{fault.field}]" if fault.field else ""
        raise ServiceError(
            f"{path / fault.file}{where}: {fault.reason}. Is this an Exercism track folder?"
        ) from None
    slug = data.get("slug")
    language = data.get("language")
    entries: list[Entry] = []
    skipped: list[Skipped] = []
    position = 0
    for kind in KINDS:
        listed = exercises.get(kind, [])
        if not isinstance(listed, list):
            skipped.append(Skipped(None, "config.json", f"exercises.{kind}", "expected a list"))
            continue
        for index, raw in enumerate(listed):
            field = f"exercises.{kind}[{index}]"
            try:
                entry = _entry(kind, raw, field, position)
            except _Fault as fault:
                name = raw.get("slug") if isinstance(raw, dict) else None
                skipped.append(
                    Skipped(
                        name if isinstance(name, str) else None,
                        "config.json",
                        fault.field,
                        fault.reason,
                    )
                )
                continue
            position += 1
            if entry is not None:
                entries.append(entry)
            else:
                status = raw.get("status")
                skipped.append(
                    Skipped(
                        raw["slug"],
                        "config.json",
                        f"{field}.status",
                        f"status '{status}': {LEFT_OUT_STATUS[status]}",
                        left_out=True,
                    )
                )
    return Track(
        path=path,
        slug=slug if isinstance(slug, str) and SLUG.match(slug) else "track",
        language=language if isinstance(language, str) and language else path.name,
        concept_names=_concept_names(data.get("concepts")),
        entries=tuple(entries),
        skipped=tuple(skipped),
        file_patterns=_patterns(data.get("files")),
    )


def _patterns(raw: object) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items() if isinstance(raw, dict) else ():
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            found[str(key)] = tuple(value)
    return found


def _expanded(pattern: str, slug: str) -> str:
    """A `files` pattern for one exercise (Exercism's building/tracks/config-json)."""
    words = slug.split("-")
    return (
        pattern.replace("%{snake_slug}", "_".join(words))
        .replace("%{kebab_slug}", slug)
        .replace("%{pascal_slug}", "".join(word.capitalize() for word in words))
        .replace("%{camel_slug}", words[0] + "".join(word.capitalize() for word in words[1:]))
    )


def _with_track_defaults(files: dict[str, Any], track: Track, slug: str) -> dict[str, Any]:
    """Kinds the exercise lists no file of take the track's patterns, where such files exist."""
    filled = dict(files)
    for key, patterns in track.file_patterns.items():
        if not files.get(key):
            filled[key] = [_expanded(pattern, slug) for pattern in patterns]
    return filled


def _concept_names(raw: object) -> dict[str, str]:
    names: dict[str, str] = {}
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("slug"), str):
            name = item.get("name")
            names[item["slug"]] = name if isinstance(name, str) and name else item["slug"]
    return names


def _entry(kind: str, raw: object, field: str, position: int) -> Entry | None:
    """One config.json entry, or None for one Exercism itself does not offer (deprecated)."""
    if not isinstance(raw, dict):
        raise _Fault("config.json", field, "expected an object with slug, name, ...")
    slug = raw.get("slug")
    if not isinstance(slug, str) or not SLUG.match(slug) or len(slug) > 80:
        raise _Fault("config.json", f"{field}.slug", f"expected a kebab-case slug, got {slug!r}")
    status = raw.get("status", "active")
    if not isinstance(status, str):
        raise _Fault("config.json", f"{field}.status", f"expected a string, got {status!r}")
    if status in LEFT_OUT_STATUS:
        return None
    name = raw.get("name", slug)
    if not isinstance(name, str) or not name.strip():
        raise _Fault("config.json", f"{field}.name", f"expected a non-empty string, got {name!r}")
    difficulty = raw.get("difficulty")
    if difficulty is not None and (
        not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 10
    ):
        raise _Fault(
            "config.json",
            f"{field}.difficulty",
            f"expected a whole number 1-10, got {difficulty!r}",
        )
    return Entry(
        kind=kind,
        slug=slug,
        name=name.strip(),
        difficulty=difficulty,
        concepts=_slugs(raw, "concepts", field),
        practices=_slugs(raw, "practices", field),
        prerequisites=_slugs(raw, "prerequisites", field),
        position=position,
    )


def _slugs(raw: dict[str, Any], key: str, field: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Fault(
            "config.json", f"{field}.{key}", f"expected a list of concept slugs, got {value!r}"
        )
    return tuple(value)


def unlisted_folders(track: Track) -> list[Skipped]:
    """Exercise folders that config.json does not list: no name, difficulty or status."""
    listed = {(e.kind, e.slug) for e in track.entries} | {
        (kind, s.exercise) for s in track.skipped for kind in KINDS
    }
    found = []
    for kind in KINDS:
        root = track.path / "exercises" / kind
        for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
            if (kind, folder.name) not in listed:
                found.append(
                    Skipped(
                        folder.name,
                        f"exercises/{kind}/{folder.name}",
                        None,
                        f"folder is not listed in config.json exercises.{kind}",
                    )
                )
    return found


def read_exercise(track: Track, entry: Entry) -> Source | Skipped:
    """Every file the exercise's .meta/config.json names, found and inside its folder."""
    rel = f"exercises/{entry.kind}/{entry.slug}"
    folder = track.path / rel
    try:
        if not folder.is_dir():
            raise _Fault(rel, None, "exercise folder is missing (listed in config.json)")
        meta_rel = f"{rel}/.meta/config.json"
        meta = read_json(folder / ".meta" / "config.json", meta_rel)
        files = meta.get("files") if isinstance(meta, dict) else None
        if not isinstance(files, dict):
            raise _Fault(meta_rel, "files", "expected an object naming solution, test, ...")
        files = _with_track_defaults(files, track, entry.slug)
        answer_key = "exemplar" if entry.kind == "concept" else "example"
        stubs = _files(folder, rel, meta_rel, files, "solution", required=True)
        tests = _files(folder, rel, meta_rel, files, "test", required=True)
        answers = _files(folder, rel, meta_rel, files, answer_key, required=True)
        editor = _files(folder, rel, meta_rel, files, "editor", required=False)
        learner = _learner_files(stubs, meta_rel)
        source = Source(
            entry=entry,
            folder=folder,
            stubs=learner,
            reference=_pair(learner, answers, meta_rel, answer_key),
            tests=_test_names(tests, meta_rel),
            editor=editor,
            instructions=_instructions(folder, rel, entry.kind),
            hints=_optional_text(folder / ".docs" / "hints.md", f"{rel}/.docs/hints.md"),
        )
    except _Fault as fault:
        return Skipped(entry.slug, fault.file, fault.field, fault.reason)
    return source


def _files(
    folder: Path, rel: str, meta_rel: str, files: dict[str, Any], key: str, *, required: bool
) -> dict[str, Path]:
    names = files.get(key, [])
    field = f"files.{key}"
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise _Fault(meta_rel, field, f"expected a list of file paths, got {names!r}")
    if required and not names:
        raise _Fault(meta_rel, field, "no file listed")
    root = folder.resolve()
    found: dict[str, Path] = {}
    for name in names:
        if "\0" in name:
            raise _Fault(meta_rel, field, f"{name!r} is not a file name")
        path = (folder / name).resolve()
        if not path.is_relative_to(root) or Path(name).is_absolute():
            raise _Fault(meta_rel, field, f"'{name}' points outside the exercise folder")
        if not path.is_file():
            raise _Fault(f"{rel}/{name}", field, f"listed in {field} but the file is missing")
        found[Path(name).as_posix()] = path
    return found


def _learner_files(stubs: dict[str, Path], meta_rel: str) -> dict[str, Path]:
    for name in stubs:
        if "/" in name or not PY_NAME.match(name):
            raise _Fault(
                meta_rel,
                "files.solution",
                f"'{name}' is not a Python file at the top of the exercise folder "
                "(pyascent exercises are Python, with learner files side by side)",
            )
    return stubs


def _pair(
    learner: dict[str, Path], answers: dict[str, Path], meta_rel: str, key: str
) -> dict[str, Path]:
    """Each learner file's reference: the answer of the same base name, else by position."""
    by_base = {Path(name).name: path for name, path in answers.items()}
    if all(name in by_base for name in learner):
        return {name: by_base[name] for name in learner}
    if len(answers) == len(learner):
        return dict(zip(learner, answers.values(), strict=True))
    raise _Fault(
        meta_rel,
        f"files.{key}",
        f"{len(answers)} file(s) for {len(learner)} solution file(s): cannot tell which "
        "answers which",
    )


def _test_names(tests: dict[str, Path], meta_rel: str) -> dict[str, Path]:
    """Names pytest collects (`test_*.py`): `two_fer_test.py` becomes `test_two_fer.py`.

    A lone test file is renamed whatever its name; beside others, a Python file named
    neither way is a helper the tests import by its name, so it keeps it.
    """
    python = [n for n in tests if n.endswith(".py")]
    named: dict[str, Path] = {}
    for name, path in tests.items():
        base = Path(name).name
        if base.endswith("_test.py"):
            base = f"test_{base[: -len('_test.py')]}.py"
        elif base.endswith(".py") and not base.startswith("test_") and len(python) == 1:
            base = f"test_{base[:-3]}.py"
        target = base if name.endswith(".py") else name
        if target in named:
            raise _Fault(meta_rel, "files.test", f"two test files would both be named {target}")
        named[target] = path
    if not any(n.startswith("test_") and n.endswith(".py") for n in named):
        raise _Fault(meta_rel, "files.test", "no Python test file listed")
    return named


def _instructions(folder: Path, rel: str, kind: str) -> list[str]:
    docs = folder / ".docs"
    parts = [_optional_text(docs / "introduction.md", f"{rel}/.docs/introduction.md")]
    if kind == "practice":
        parts.append(
            _optional_text(docs / "introduction.append.md", f"{rel}/.docs/introduction.append.md")
        )
    main = _optional_text(docs / "instructions.md", f"{rel}/.docs/instructions.md")
    if main is None:
        raise _Fault(f"{rel}/.docs/instructions.md", None, "file is missing (it is required)")
    parts.append(main)
    parts.append(
        _optional_text(docs / "instructions.append.md", f"{rel}/.docs/instructions.append.md")
    )
    return [p for p in parts if p is not None]


def _optional_text(path: Path, shown: str) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise _Fault(shown, None, "file is not valid UTF-8") from None
    except OSError as exc:
        raise _Fault(shown, None, f"cannot read: {exc.strerror}") from None
