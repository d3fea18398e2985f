"""The settings of a ticket-selling app: defaults, then TOML files, then the environment."""

import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

PREFIX = "TICKETS_"


class Settings(BaseModel):
    """Every setting of the app, with its type, its rules and its default."""

    # Step 1: the five settings of the instructions' table, and extra="forbid".


class SettingsError(Exception):
    """A problem with the settings; field names the setting, or "file" for a file's problem."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def read_file(path: Path) -> dict[str, Any]:
    """The settings in one TOML file, as a plain dict."""
    raise NotImplementedError("step 2: write read_file")


def from_environment(env: Mapping[str, str]) -> dict[str, str]:
    """The settings among the environment variables: TICKETS_PORT=9000 gives {"port": "9000"}."""
    raise NotImplementedError("step 3: write from_environment")


def load_settings(paths: list[Path], env: Mapping[str, str]) -> Settings:
    """The defaults, overridden by each file in turn, overridden by the environment."""
    raise NotImplementedError("step 4: write load_settings")


def describe(settings: Settings) -> list[str]:
    """One line per setting, in the order of the model, such as "port = 8000"."""
    raise NotImplementedError("step 5: write describe")


def main(argv: list[str]) -> int:
    """Print the settings from the files named in argv and the environment; 1 on an error."""
    raise NotImplementedError("step 6: write main")


# Runs main() when you start the program, but not when the tests import this file.
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
