import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class ServerConfig(BaseModel):
    """The [server] table."""

    model_config = ConfigDict(extra="forbid")  # a misspelt setting is an error, not ignored

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)


class TaxConfig(BaseModel):
    """The [tax] table."""

    model_config = ConfigDict(extra="forbid")

    rate: float = Field(ge=0, le=1)


class ShopConfig(BaseModel):
    """The whole file."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    currency: str = Field(default="EUR", pattern="^[A-Z]{3}$")
    server: ServerConfig
    tax: TaxConfig


class ConfigError(Exception):
    """A problem with the configuration; field names the setting, such as "server.port"."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def load_config(path: Path) -> ShopConfig:
    """The checked configuration in the TOML file at path, or ConfigError."""
    try:
        with path.open("rb") as file:  # tomllib reads bytes: open in binary mode
            data = tomllib.load(file)
    except FileNotFoundError as error:
        raise ConfigError("file", f"{path.name} was not found") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError("file", f"{path.name} is not valid TOML: {error}") from error
    try:
        return ShopConfig.model_validate(data)
    except ValidationError as error:
        problem = error.errors()[0]
        field = ".".join(str(part) for part in problem["loc"])  # ("server", "port") -> "server.port"
        raise ConfigError(field, problem["msg"]) from error
