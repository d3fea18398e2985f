"""The functions of settings.py, each on its own."""

import pytest

import settings

DEFAULT_LINES = ["app_name = tickets", "port = 8000", "debug = False", "log_level = INFO", "workers = 2"]


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def what_came_out(error):
    """The name of an error that is not SettingsError, in words a learner recognises."""
    if "ValidationError" in f"{type(error).__name__} {error}":
        return "pydantic's ValidationError"
    return f"{type(error).__name__} ({error})"


def load(paths, env, what):
    """load_settings(paths, env) when it should work; fails clearly when it does not."""
    try:
        return settings.load_settings(paths, env)
    except Exception as error:
        pytest.fail(f"load_settings should accept {what}, but {what_came_out(error)} came out", pytrace=False)


def problem(paths, env, field, words, what):
    """load_settings(paths, env) must raise a SettingsError that names field and says words."""
    try:
        settings.load_settings(paths, env)
    except settings.SettingsError as error:
        assert error.field == field, (
            f"For {what}, the SettingsError should name {field!r}, but it names {error.field!r}"
        )
        assert str(error).startswith(f"{field}: ") and words in str(error), (
            f"For {what}, the message should read '{field}: ...' and say {words!r}, but it reads {str(error)!r}"
        )
        return
    except Exception as error:
        pytest.fail(
            f"For {what}, load_settings should raise SettingsError, but {what_came_out(error)} came out: "
            "turn every problem into a SettingsError",
            pytrace=False,
        )
    pytest.fail(f"For {what}, load_settings should raise SettingsError", pytrace=False)


def test_from_environment_keeps_only_the_apps_variables():
    """from_environment keeps the TICKETS_ variables, without the prefix, in lower case."""
    env = {"TICKETS_PORT": "9000", "TICKETS_LOG_LEVEL": "DEBUG", "PATH": "/usr/bin", "PORT": "1"}
    assert settings.from_environment(env) == {"port": "9000", "log_level": "DEBUG"}, (
        "from_environment should turn TICKETS_PORT=9000 and TICKETS_LOG_LEVEL=DEBUG into "
        '{"port": "9000", "log_level": "DEBUG"} and leave out PATH and PORT, which do not start with TICKETS_'
    )
    assert settings.from_environment({}) == {}, "from_environment({}) should give {}"


def test_read_file_gives_a_dict(tmp_path):
    """read_file gives the settings of a TOML file as a dict."""
    path = write(tmp_path, "tickets.toml", 'app_name = "box office"\nport = 9000\n')
    assert settings.read_file(path) == {"app_name": "box office", "port": 9000}, (
        'read_file should give {"app_name": "box office", "port": 9000} for a file with those two lines'
    )


def test_defaults_without_files_or_environment():
    """With no file and no variables, every setting has its default."""
    assert settings.describe(load([], {}, "no files and no variables")) == DEFAULT_LINES, (
        "With no files and no variables, describe should give the defaults: " + ", ".join(DEFAULT_LINES)
    )


def test_a_file_overrides_the_defaults(tmp_path):
    """A file changes the settings it names and keeps the others."""
    path = write(tmp_path, "tickets.toml", 'app_name = "box office"\nport = 9000\ndebug = true\n')
    loaded = load([path], {}, "a file with app_name, port and debug")
    assert (loaded.app_name, loaded.port, loaded.debug) == ("box office", 9000, True), (
        "The file's app_name, port and debug should replace the defaults"
    )
    assert (loaded.log_level, loaded.workers) == ("INFO", 2), "Settings the file leaves out keep their defaults"


def test_a_later_file_overrides_an_earlier_one(tmp_path):
    """With two files, the second wins where both name a setting."""
    base = write(tmp_path, "tickets.toml", 'app_name = "box office"\nport = 9000\n')
    local = write(tmp_path, "local.toml", "port = 9001\n")
    loaded = load([base, local], {}, "two files")
    assert (loaded.app_name, loaded.port) == ("box office", 9001), (
        "With tickets.toml (port 9000) and then local.toml (port 9001), port should be 9001 "
        "and app_name still 'box office': each file overrides the ones before it"
    )


def test_the_environment_overrides_the_files(tmp_path):
    """Environment variables win over every file; their text is converted."""
    path = write(tmp_path, "tickets.toml", "port = 9000\nworkers = 4\n")
    loaded = load([path], {"TICKETS_PORT": "9100", "TICKETS_DEBUG": "yes"}, "a file and two variables")
    assert loaded.port == 9100, 'TICKETS_PORT="9100" should win over the file\'s port = 9000 and become the int 9100'
    assert loaded.debug is True, 'TICKETS_DEBUG="yes" should become True'
    assert loaded.workers == 4, "workers should stay 4, from the file"


def test_limits_that_are_allowed():
    """The lowest and highest allowed values are accepted."""
    low = load([], {"TICKETS_PORT": "1", "TICKETS_WORKERS": "1"}, "port 1 and workers 1")
    high = load([], {"TICKETS_PORT": "65535", "TICKETS_WORKERS": "16"}, "port 65535 and workers 16")
    assert (low.port, low.workers, high.port, high.workers) == (1, 1, 65535, 16), (
        "port 1 to 65535 and workers 1 to 16 should be accepted"
    )
    assert load([], {"TICKETS_LOG_LEVEL": "ERROR"}, "log_level ERROR").log_level == "ERROR", (
        "log_level ERROR should be accepted"
    )


def test_wrong_values_name_the_setting():
    """A value out of its range, of the wrong type or not in the list names its setting."""
    problem([], {"TICKETS_PORT": "0"}, "port", "greater than or equal to 1", "TICKETS_PORT=0")
    problem([], {"TICKETS_PORT": "65536"}, "port", "less than or equal to 65535", "TICKETS_PORT=65536")
    problem([], {"TICKETS_WORKERS": "0"}, "workers", "greater than or equal to 1", "TICKETS_WORKERS=0")
    problem([], {"TICKETS_WORKERS": "17"}, "workers", "less than or equal to 16", "TICKETS_WORKERS=17")
    problem([], {"TICKETS_WORKERS": "many"}, "workers", "valid integer", "TICKETS_WORKERS=many")
    problem([], {"TICKETS_DEBUG": "perhaps"}, "debug", "valid boolean", "TICKETS_DEBUG=perhaps")
    problem([], {"TICKETS_APP_NAME": ""}, "app_name", "at least 1", "an empty TICKETS_APP_NAME")
    problem([], {"TICKETS_LOG_LEVEL": "LOUD"}, "log_level", "'DEBUG', 'INFO', 'WARNING' or 'ERROR'",
            "TICKETS_LOG_LEVEL=LOUD (use Literal[...] for the four levels)")


def test_unknown_settings_are_refused(tmp_path):
    """A setting the app does not have is a typo: it is refused, from a file or the environment."""
    problem([write(tmp_path, "tickets.toml", "prot = 80\n")], {}, "prot", "Extra inputs are not permitted",
            'a file with prot = 80 (use extra="forbid")')
    problem([], {"TICKETS_WORKRES": "3"}, "workres", "Extra inputs are not permitted", "TICKETS_WORKRES=3")


def test_the_first_problem_is_reported():
    """With two wrong settings, the first one of the model (port before workers) is reported."""
    problem([], {"TICKETS_WORKERS": "0", "TICKETS_PORT": "0"}, "port", "greater than or equal to 1",
            "TICKETS_PORT=0 and TICKETS_WORKERS=0 (report pydantic's first problem)")


def test_file_problems(tmp_path):
    """A missing or broken file is a SettingsError about the file."""
    problem([tmp_path / "nowhere.toml"], {}, "file", "nowhere.toml was not found", "a file that does not exist")
    broken = write(tmp_path, "broken.toml", "port = \n")
    problem([broken], {}, "file", "broken.toml is not valid TOML: ", "a file that is not valid TOML")


def test_describe_lists_every_setting():
    """describe gives one "name = value" line per setting, in the model's order."""
    loaded = load([], {"TICKETS_DEBUG": "1", "TICKETS_LOG_LEVEL": "DEBUG"}, "two variables")
    assert settings.describe(loaded) == [
        "app_name = tickets", "port = 8000", "debug = True", "log_level = DEBUG", "workers = 2",
    ], "describe should give the lines app_name = tickets, port = 8000, debug = True, log_level = DEBUG, workers = 2"
