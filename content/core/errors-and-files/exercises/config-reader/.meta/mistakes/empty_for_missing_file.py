class ConfigError(Exception):
    """A config file is missing or holds a line that is not a valid setting."""


def read_config(path):
    try:
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except FileNotFoundError:
        return {}
    settings = {}
    for number, line in enumerate(lines, start=1):
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
