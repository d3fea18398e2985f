import textwrap

import pytest

import config

CORNER_CAFE = """
name = "Corner Café"
currency = "GBP"

[server]
host = "0.0.0.0"
port = 8080

[tax]
rate = 0.2
"""


def write(tmp_path, text, name="shop.toml"):
    """Write text (indentation removed) to a file in tmp_path and return its path."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def what_came_out(error):
    """The name of an error that is not ConfigError, in words a learner recognises."""
    if "ValidationError" in f"{type(error).__name__} {error}":
        return "pydantic's ValidationError"
    return f"{type(error).__name__} ({error})"


def shown(path):
    """The file's text, to show under a message (the first line of a message says what is wrong)."""
    if not path.exists():
        return f"(there is no file {path.name})"
    return f"The file {path.name} held:\n{path.read_text()}"


def load(path):
    """load_config(path) for a good file; fails clearly if the learner's code refuses it."""
    try:
        return config.load_config(path)
    except config.ConfigError as error:
        pytest.fail(f"load_config should accept this file, but it said: {error}\n{shown(path)}", pytrace=False)
    except Exception as error:
        pytest.fail(
            f"load_config should accept this file, but {what_came_out(error)} came out\n{shown(path)}",
            pytrace=False,
        )


def problem(path, field, words, why):
    """The ConfigError of a bad file: it must name field and say words."""
    try:
        config.load_config(path)
    except config.ConfigError as error:
        assert error.field == field, (
            f"For this file ({why}) the ConfigError should name {field!r}, but it names "
            f"{error.field!r}\n{shown(path)}"
        )
        assert str(error).startswith(f"{field}: "), (
            f"The message of a ConfigError should start with the field and a colon, {field + ': '!r}, "
            f"but it reads {str(error)!r}: keep ConfigError as it was given"
        )
        assert words in str(error), (
            f"For this file ({why}) the message should say {words!r}, but it reads {str(error)!r}\n{shown(path)}"
        )
        return
    except Exception as error:
        pytest.fail(
            f"For this file ({why}) load_config should raise ConfigError, but {what_came_out(error)} "
            f"came out: load_config should turn every problem with the file into a ConfigError\n{shown(path)}",
            pytrace=False,
        )
    pytest.fail(f"load_config should raise ConfigError for this file ({why})\n{shown(path)}", pytrace=False)


def test_reads_every_setting(tmp_path):
    """A full file gives every setting, in the nested tables."""
    shop = load(write(tmp_path, CORNER_CAFE))
    assert shop.name == "Corner Café", "name should be 'Corner Café'"
    assert shop.currency == "GBP", "currency should be 'GBP'"
    assert shop.server.host == "0.0.0.0", "server.host should be '0.0.0.0' (from the [server] table)"
    assert shop.server.port == 8080, "server.port should be 8080"
    assert shop.tax.rate == 0.2, "tax.rate should be 0.2 (from the [tax] table)"


def test_defaults_fill_the_gaps(tmp_path):
    """Without currency and [server], the defaults are used."""
    shop = load(write(tmp_path, 'name = "Kiosk"\n[tax]\nrate = 0.1\n'))
    assert shop.currency == "EUR", "Without a currency, it should be 'EUR'"
    assert shop.server.host == "127.0.0.1", "Without a [server] table, server.host should be '127.0.0.1'"
    assert shop.server.port == 8000, "Without a [server] table, server.port should be 8000"


def test_a_server_table_with_only_the_port(tmp_path):
    """A [server] table may give only some of its settings."""
    shop = load(write(tmp_path, 'name = "Kiosk"\n[server]\nport = 1\n[tax]\nrate = 0\n'))
    assert shop.server.host == "127.0.0.1", "server.host should keep its default '127.0.0.1'"
    assert shop.server.port == 1, "server.port 1 is allowed (1 to 65535)"
    assert shop.tax.rate == 0, "tax.rate 0 is allowed (0 to 1)"


def test_limits_that_are_allowed(tmp_path):
    """The highest port and a tax rate of 1 are allowed."""
    shop = load(write(tmp_path, 'name = "K"\n[server]\nport = 65535\n[tax]\nrate = 1\n'))
    assert shop.server.port == 65535, "server.port 65535 is allowed"
    assert shop.tax.rate == 1, "tax.rate 1 is allowed"


def test_wrong_values_name_the_setting(tmp_path):
    """A wrong value is reported with its full name, such as server.port."""
    problem(write(tmp_path, 'name = "K"\n[server]\nport = 0\n[tax]\nrate = 0.2\n'),
            "server.port", "greater than or equal to 1", "port 0: ports go from 1 to 65535")
    problem(write(tmp_path, 'name = "K"\n[server]\nport = 65536\n[tax]\nrate = 0.2\n'),
            "server.port", "less than or equal to 65535", "port 65536 is too high")
    problem(write(tmp_path, 'name = "K"\n[server]\nport = "eighty"\n[tax]\nrate = 0.2\n'),
            "server.port", "valid integer", "the port is text, not a number")
    problem(write(tmp_path, 'name = "K"\n[tax]\nrate = 20\n'),
            "tax.rate", "less than or equal to 1", "a rate of 20 should be written 0.2")
    problem(write(tmp_path, 'name = "K"\n[tax]\nrate = -0.1\n'),
            "tax.rate", "greater than or equal to 0", "a negative rate")


def test_currency_is_three_capital_letters(tmp_path):
    """The currency is a code of three capital letters."""
    problem(write(tmp_path, 'name = "K"\ncurrency = "eur"\n[tax]\nrate = 0.2\n'),
            "currency", "should match pattern", "'eur' is not three capital letters")
    problem(write(tmp_path, 'name = "K"\ncurrency = "EURO"\n[tax]\nrate = 0.2\n'),
            "currency", "should match pattern", "'EURO' has four letters")


def test_missing_settings_are_named(tmp_path):
    """A missing setting or table is reported by name."""
    problem(write(tmp_path, '[tax]\nrate = 0.2\n'), "name", "Field required", "there is no name")
    problem(write(tmp_path, 'name = ""\n[tax]\nrate = 0.2\n'), "name", "at least 1", "the name is empty")
    problem(write(tmp_path, 'name = "K"\n'), "tax", "Field required", "there is no [tax] table")
    problem(write(tmp_path, 'name = "K"\n[tax]\n'), "tax.rate", "Field required", "the [tax] table has no rate")


def test_misspelt_settings_are_errors(tmp_path):
    """An unknown setting, such as a typo, is an error rather than silently ignored."""
    problem(write(tmp_path, 'name = "K"\nnmae = "K"\n[tax]\nrate = 0.2\n'),
            "nmae", "Extra inputs are not permitted", "nmae is a typo: extra=\"forbid\" in ShopConfig")
    problem(write(tmp_path, 'name = "K"\n[server]\nprot = 80\n[tax]\nrate = 0.2\n'),
            "server.prot", "Extra inputs are not permitted", "prot is a typo: extra=\"forbid\" in ServerConfig")
    problem(write(tmp_path, 'name = "K"\n[tax]\nrate = 0.2\nincluded = true\n'),
            "tax.included", "Extra inputs are not permitted", "TaxConfig has no 'included': extra=\"forbid\" in TaxConfig")


def test_a_file_that_is_not_toml(tmp_path):
    """A broken file is a ConfigError about the file."""
    problem(write(tmp_path, 'name = "K\n'), "file", "shop.toml is not valid TOML: ",
            "the name's quotes are never closed; catch tomllib.TOMLDecodeError")


def test_a_missing_file(tmp_path):
    """A file that does not exist is a ConfigError about the file."""
    problem(tmp_path / "nowhere.toml", "file", "nowhere.toml was not found",
            "the file does not exist; catch FileNotFoundError")



def test_the_first_problem_is_reported(tmp_path):
    """With several problems, the first one (the name comes first) is reported."""
    problem(write(tmp_path, 'name = ""\n[server]\nport = 0\n'), "name", "at least 1",
            "the name is empty, the port is 0 and [tax] is missing; report the first problem")
