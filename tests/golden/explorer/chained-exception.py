class ConfigError(Exception):
    pass


def read_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError(f"bad port {text!r}") from err


try:
    read_port("eighty")
except ConfigError as err:
    print(err, type(err.__cause__).__name__)
