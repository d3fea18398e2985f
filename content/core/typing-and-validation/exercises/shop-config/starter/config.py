import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class ServerConfig(BaseModel):
    """The [server] table."""

    # Write its settings here: host and port, with their defaults and rules.


class TaxConfig(BaseModel):
    """The [tax] table."""

    # Write its setting here: rate.


class ShopConfig(BaseModel):
    """The whole file."""

    # Write its settings here: name, currency, server and tax.


class ConfigError(Exception):
    """A problem with the configuration; field names the setting, such as "server.port"."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def load_config(path: Path) -> ShopConfig:
    """The checked configuration in the TOML file at path, or ConfigError."""
    raise NotImplementedError("write load_config")
