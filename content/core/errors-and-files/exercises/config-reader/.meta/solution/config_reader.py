class ConfigError(Exception):
    """A config file is missing or holds a line that is not a valid setting."""


def read_config(path):
    """Return the settings in the config file at path as a dict of text keys and values.

    Raise ConfigError, with a message that names the problem and its line, if the file
    is missing or a line is not a valid setting.
    """
    try:
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except FileNotFoundError as error:
        # The caller should only have to catch ConfigError, whatever went wrong.
        raise ConfigError(f"config file not found: {path}") from error

    settings = {}
    for number, line in enumerate(lines, start=1):   # people count lines from 1
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ConfigError(f"line {number}: expected 'key = value', got {line!r}")
        key, _, value = line.partition("=")          # split at the first = only
        key = key.strip()
        if not key:
            raise ConfigError(f"line {number}: the key is missing")
        if key in settings:
            raise ConfigError(f"line {number}: duplicate key {key!r}")
        settings[key] = value.strip()
    return settings
