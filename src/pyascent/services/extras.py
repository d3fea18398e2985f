"""Which optional packages an exercise needs, and the pip command that installs them.

Why: the Advanced and Architect modules need numpy, torch, flask and more, which the
default install leaves out. A learner who opens such an exercise without them must read
which extra to install, not a ModuleNotFoundError from inside the tests.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
from collections.abc import Iterable

from pyascent.services.errors import ServiceError

# Import names whose distribution is called something else on PyPI.
_DISTRIBUTION_OF = {
    "sklearn": "scikit-learn",
    "graphql": "graphql-core",
    "yaml": "pyyaml",
    "PIL": "pillow",
}
_EXTRA = re.compile(r"""^([A-Za-z0-9_.\-]+).*;\s*extra\s*==\s*["']([A-Za-z0-9_\-]+)["']""")


class MissingPackages(ServiceError):
    """An exercise needs packages this installation lacks; the message says how to add them."""

    def __init__(self, exercise: str, missing: list[str], command: str) -> None:
        names = ", ".join(missing)
        super().__init__(
            f"The exercise {exercise!r} needs {names}, which is not installed here. "
            f"Install it with: {command}"
        )
        self.missing = missing
        self.command = command


def missing_modules(requires: Iterable[str]) -> list[str]:
    """The required top-level modules that cannot be imported here."""
    missing = []
    for name in requires:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def extras_of_pyascent() -> dict[str, str]:
    """Each distribution named by one of pyascent's extras, mapped to that extra (the first
    that names it; `dev` is never suggested)."""
    try:
        requirements = importlib.metadata.requires("pyascent") or []
    except importlib.metadata.PackageNotFoundError:
        return {}
    found: dict[str, str] = {}
    for requirement in requirements:
        match = _EXTRA.match(requirement)
        if match and match.group(2) != "dev":
            found.setdefault(_normalised(match.group(1)), match.group(2))
    return found


def install_command(modules: Iterable[str]) -> str:
    """The pip command that installs what provides `modules`: pyascent's extras where one
    names the package, the package itself otherwise."""
    extras_by_distribution = extras_of_pyascent()
    extras: list[str] = []
    plain: list[str] = []
    for module in modules:
        top = module.split(".")[0]
        distribution = _normalised(_DISTRIBUTION_OF.get(top, top))
        extra = extras_by_distribution.get(distribution)
        if extra is not None:
            if extra not in extras:
                extras.append(extra)
        elif distribution not in plain:
            plain.append(distribution)
    parts = [f"'pyascent[{','.join(extras)}]'"] if extras else []
    return "pip install " + " ".join(parts + plain)


def require_packages(exercise_id: str, requires: Iterable[str]) -> None:
    """Refuse, with the install command, when a required module is missing.

    Raises:
        MissingPackages: one or more of `requires` cannot be imported.
    """
    missing = missing_modules(requires)
    if missing:
        raise MissingPackages(exercise_id, missing, install_command(missing))
