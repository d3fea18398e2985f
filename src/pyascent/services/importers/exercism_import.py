"""`pyascent import exercism`: a local clone of an Exercism track becomes a course pack.

The stub is the starter, the example (practice) or exemplar (concept) the reference
solution, the track's tests the hidden tests, renamed so pytest collects them; helper files
the tests import sit beside the tests and in the starter, since both the tests and the
learner's code may import them. What cannot be converted is reported file by file while the
rest converts; the pack is written to a temporary folder first and moved into place whole,
so a failed import never leaves half a pack behind. `pyascent course check` then proves it.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pyascent.services.errors import ServiceError
from pyascent.services.importers.exercism_docs import instructions_page
from pyascent.services.importers.exercism_plan import PlannedExercise, PlannedModule, plan
from pyascent.services.importers.exercism_track import (
    Skipped,
    Source,
    read_exercise,
    read_track,
    unlisted_folders,
)
from pyascent.services.importers.pack_toml import Value, toml_document

LICENSE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt")


@dataclass(frozen=True)
class ConvertedExercise:
    id: str
    title: str
    kind: str  # concept | practice
    module: str
    difficulty: int
    topics: tuple[str, ...]
    prerequisites: tuple[str, ...]
    hints: int
    notes: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "module": self.module,
            "difficulty": self.difficulty,
            "topics": list(self.topics),
            "prerequisites": list(self.prerequisites),
            "hints": self.hints,
            "notes": list(self.notes),
        }


@dataclass
class ImportReport:
    track: Path
    language: str
    pack: Path | None  # None when nothing could be converted (no pack is written)
    modules: list[str] = field(default_factory=list)
    converted: list[ConvertedExercise] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Everything converted but what the track itself leaves out (deprecated, wip)."""
        return self.pack is not None and all(s.left_out for s in self.skipped)

    def as_dict(self) -> dict[str, object]:
        return {
            "schema_version": 1,
            "track": str(self.track),
            "language": self.language,
            "pack": str(self.pack) if self.pack else None,
            "ok": self.ok,
            "modules": self.modules,
            "converted": [c.as_dict() for c in self.converted],
            "skipped": [s.as_dict() for s in self.skipped],
        }


def import_exercism(
    track_dir: Path, out: Path | None = None, *, replace: bool = False, mode: str = "verified"
) -> ImportReport:
    """Convert the track at `track_dir` into a pack at `out` (default ./exercism-<slug>).

    Raises:
        ServiceError: the track's config.json is unusable, or `out` is taken (a folder that
            is not empty, unless `replace` and it holds a pack).
    """
    track = read_track(track_dir)
    target = (out or Path.cwd() / f"exercism-{track.slug}").absolute()
    _check_target(target, track_dir, replace)
    report = ImportReport(track=track_dir, language=track.language, pack=None)
    report.skipped.extend(track.skipped)
    report.skipped.extend(unlisted_folders(track))
    sources: dict[str, Source] = {}
    for entry in track.entries:
        found = read_exercise(track, entry)
        if isinstance(found, Skipped):
            report.skipped.append(found)
        elif entry.slug in sources:
            report.skipped.append(
                Skipped(
                    entry.slug,
                    f"exercises/{entry.kind}/{entry.slug}",
                    "slug",
                    f"slug also used by the {sources[entry.slug].entry.kind} exercise",
                )
            )
        else:
            problem = _clash(found)
            if problem is None:
                sources[entry.slug] = found
            else:
                report.skipped.append(problem)
    modules = plan(track, list(sources.values()))
    if not modules:
        return report
    try:
        with tempfile.TemporaryDirectory(prefix=f".{target.name}-", dir=target.parent) as tmp:
            staging = Path(tmp) / "pack"
            _write_pack(staging, track_dir, track.slug, track.language, modules, mode)
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
    except OSError as exc:
        where = exc.filename or target
        raise ServiceError(f"{where}: cannot write the pack: {exc.strerror or exc}") from exc
    report.pack = target
    report.modules = [m.id for m in modules]
    report.converted = [_converted(e) for m in modules for e in m.exercises]
    return report


def _check_target(target: Path, track_dir: Path, replace: bool) -> None:
    if target.resolve() == track_dir.resolve() or track_dir.resolve().is_relative_to(
        target.resolve()
    ):
        raise ServiceError(f"{target}: the pack cannot be written over the track; pass --out")
    if not target.parent.is_dir():
        raise ServiceError(f"{target.parent}: no such folder to write the pack in")
    taken = target.exists() and (not target.is_dir() or any(target.iterdir()))
    if taken and not (replace and (target / "course.toml").is_file()):
        raise ServiceError(
            f"{target}: already exists and is not empty. Choose another --out, or pass "
            "--replace to overwrite a pack imported before."
        )


def _clash(source: Source) -> Skipped | None:
    """A helper file named like a learner or test file would overwrite it in the check."""
    rel = f"exercises/{source.entry.kind}/{source.entry.slug}/.meta/config.json"
    for name in source.editor:
        if name in source.stubs or name in source.tests:
            return Skipped(
                source.entry.slug, rel, "files.editor", f"'{name}' is also a solution or test file"
            )
    return None


def _write_pack(
    root: Path, track_dir: Path, slug: str, language: str, modules: list[PlannedModule], mode: str
) -> None:
    root.mkdir()
    description = (
        f"Converted by `pyascent import exercism` from a local clone of Exercism's {language} "
        "track. The exercises remain the work of Exercism's contributors, under the track's "
        "licence (copied here as LICENSE when the track has one)."
    )
    fields: list[tuple[str, Value]] = [
        ("schema_version", 1),
        ("id", f"exercism-{slug}"),
        ("title", f"Exercism: the {language} track"),
        ("description", description),
    ]
    if mode != "verified":
        fields.append(("mode", mode))
    fields.append(("modules", [m.id for m in modules]))
    _write(root / "course.toml", toml_document(fields))
    for name in LICENSE_NAMES:
        if (track_dir / name).is_file():
            shutil.copyfile(track_dir / name, root / name)
    for module in modules:
        folder = root / module.id
        _write(
            folder / "module.toml",
            toml_document(
                [
                    ("schema_version", 1),
                    ("id", module.id),
                    ("title", module.title),
                    ("phase", module.phase),
                    ("weeks", module.weeks),
                    ("summary", module.summary),
                    ("exercises", [e.id for e in module.exercises]),
                ]
            ),
        )
        for exercise in module.exercises:
            _write_exercise(folder / "exercises" / exercise.id, exercise)


def _write_exercise(folder: Path, exercise: PlannedExercise) -> None:
    source = exercise.source
    fields: list[tuple[str, Value]] = [
        ("schema_version", 1),
        ("id", exercise.id),
        ("title", source.entry.name),
        ("topics", list(exercise.topics)),
        ("difficulty", exercise.difficulty),
        ("files", list(source.stubs)),
        ("hints", exercise.hints),
        ("prerequisites", exercise.prerequisites),
    ]
    _write(folder / "exercise.toml", toml_document(fields))
    _write(folder / "instructions.md", instructions_page(source.instructions))
    for name, path in source.stubs.items():
        _copy(path, folder / "starter" / name)
    for name, path in source.reference.items():
        _copy(path, folder / ".meta" / "solution" / name)
    for name, path in source.tests.items():
        _copy(path, folder / ".meta" / "tests" / name)
    for name, path in source.editor.items():
        _copy(path, folder / "starter" / name)  # for the learner's code (a support file)
        _copy(path, folder / ".meta" / "tests" / name)  # for the tests, which run apart


def _converted(exercise: PlannedExercise) -> ConvertedExercise:
    return ConvertedExercise(
        id=exercise.id,
        title=exercise.source.entry.name,
        kind=exercise.source.entry.kind,
        module=exercise.module,
        difficulty=exercise.difficulty,
        topics=exercise.topics,
        prerequisites=tuple(exercise.prerequisites),
        hints=len(exercise.hints),
        notes=tuple(exercise.notes),
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
