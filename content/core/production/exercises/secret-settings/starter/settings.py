"""The shop's settings, read from environment variables, with its secrets kept secret."""

import hmac
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

PREFIX = "SHOP_"


class SettingsError(Exception):
    """The environment does not give valid settings; the message never holds a value."""


class Settings(BaseModel):
    """Every setting of the shop, checked once, at start-up."""

    # database_url, api_token, port, debug, allowed_hosts


def load_settings(env: Mapping[str, str]) -> Settings:
    """The settings from the SHOP_ variables of env (such as os.environ)."""
    raise NotImplementedError


def public_view(settings: Settings) -> dict[str, object]:
    """The settings as plain values, safe to log: each secret is written as **********."""
    raise NotImplementedError


def token_matches(settings: Settings, given: str) -> bool:
    """Whether given is the API token, compared in constant time."""
    raise NotImplementedError
