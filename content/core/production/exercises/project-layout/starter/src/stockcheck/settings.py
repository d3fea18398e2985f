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
    raise NotImplementedError
