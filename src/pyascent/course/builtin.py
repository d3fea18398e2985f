"""Where the built-in course lives: inside the installed package, or in the source tree."""

from __future__ import annotations

from pathlib import Path

BUILTIN_PACK = "core"


def builtin_course_path() -> Path:
    """The built-in pack's folder.

    A wheel carries the pack as `pyascent/_content` (see pyproject's force-include); an
    editable install of the repository reads `content/` at the repository root.
    """
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "_content" / BUILTIN_PACK
    if installed.is_dir():
        return installed
    return package_dir.parent.parent / "content" / BUILTIN_PACK
