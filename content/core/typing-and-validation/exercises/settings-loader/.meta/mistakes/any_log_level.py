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

    model_config = ConfigDict(extra="forbid")  # an unknown setting is a typo: refuse it

    app_name: str = Field(default="tickets", min_length=1)
    port: int = Field(default=8000, ge=1, le=65535)
    debug: bool = False
    log_level: str = "INFO"
    workers: int = Field(default=2, ge=1, le=16)


class SettingsError(Exception):
    """A problem with the settings; field names the setting, or "file" for a file's problem."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def read_file(path: Path) -> dict[str, Any]:
    """The settings in one TOML file, as a plain dict."""
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError as error:
        raise SettingsError("file", f"{path.name} was not found") from error
    except tomllib.TOMLDecodeError as error:
        raise SettingsError("file", f"{path.name} is not valid TOML: {error}") from error


def from_environment(env: Mapping[str, str]) -> dict[str, str]:
    """The settings among the environment variables: TICKETS_PORT=9000 gives {"port": "9000"}."""
    return {
        name.removeprefix(PREFIX).lower(): value
        for name, value in env.items()
        if name.startswith(PREFIX)
    }


def load_settings(paths: list[Path], env: Mapping[str, str]) -> Settings:
    """The defaults, overridden by each file in turn, overridden by the environment."""
    values: dict[str, Any] = {}
    for path in paths:
        values.update(read_file(path))
    values.update(from_environment(env))
    try:
        return Settings.model_validate(values)
    except ValidationError as error:
        problem = error.errors()[0]
        raise SettingsError(str(problem["loc"][0]), problem["msg"]) from error


def describe(settings: Settings) -> list[str]:
    """One line per setting, in the order of the model, such as "port = 8000"."""
    return [f"{name} = {value}" for name, value in settings.model_dump().items()]


def main(argv: list[str]) -> int:
    """Print the settings from the files named in argv and the environment; 1 on an error."""
    try:
        settings = load_settings([Path(name) for name in argv], os.environ)
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for line in describe(settings):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
