"""The settings of one environment, read from a TOML file in configs/."""

import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """How the report is made: margin is how close to its minimum an item may get."""

    margin: int


def load_settings(path: Path) -> Settings:
    """The settings in the TOML file at path; ValueError when margin is missing or wrong."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    margin = data.get("margin")
    if not isinstance(margin, int) or isinstance(margin, bool) or margin < 0:
        raise ValueError(f"{path.name}: margin must be a whole number, 0 or more")
    return Settings(margin)
