class ConfigError(Exception):
    """A config file is missing or holds a line that is not a valid setting."""


def read_config(path):
    try:
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except FileNotFoundError as error:
        raise ConfigError(f"config file not found: {path}") from error
    settings = {}
    for number, line in enumerate(lines):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ConfigError(f"line {number}: expected 'key = value', got {line!r}")
        key, _, value = line.partition("=")
        key = key.strip()
        if not key:
            raise ConfigError(f"line {number}: the key is missing")
        if key in settings:
            raise ConfigError(f"line {number}: duplicate key {key!r}")
        settings[key] = value.strip()
    return settings
