"""The shop's settings, read from environment variables, with its secrets kept secret."""

import hmac
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

PREFIX = "SHOP_"


class SettingsError(Exception):
    """The environment does not give valid settings; the message never holds a value."""


class Settings(BaseModel):
    """Every setting of the shop, checked once, at start-up."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    database_url: SecretStr
    api_token: SecretStr = Field(min_length=20)
    port: int = Field(default=8000, ge=1, le=65535)
    debug: bool = False
    allowed_hosts: list[str] = ["localhost"]


def load_settings(env: Mapping[str, str]) -> Settings:
    """The settings from the SHOP_ variables of env (such as os.environ)."""
    values: dict[str, object] = {
        name.removeprefix(PREFIX).lower(): value for name, value in env.items() if name.startswith(PREFIX)
    }
    hosts = env.get(PREFIX + "ALLOWED_HOSTS")
    if hosts is not None:
        values["allowed_hosts"] = [host.strip() for host in hosts.split(",") if host.strip()]
    try:
        return Settings.model_validate(values)
    except ValidationError as error:
        problems = [f"{problem['loc'][0]}: {problem['msg']}" for problem in error.errors()]
        raise SettingsError("; ".join(problems)) from None


def public_view(settings: Settings) -> dict[str, object]:
    """The settings as plain values, safe to log: each secret is written as **********."""
    return settings.model_dump(mode="json")


def token_matches(settings: Settings, given: str) -> bool:
    """Whether given is the API token, compared in constant time."""
    return hmac.compare_digest(given, settings.api_token.get_secret_value())
