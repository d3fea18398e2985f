import json

import pytest

from settings import load_settings, save_settings

DEFAULTS = {"theme": "light", "font_size": 12, "language": "en"}


def json_in(path):
    """The JSON value stored in the file at path; the test fails if it is not valid JSON."""
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError:
        pytest.fail(
            f"The file should hold valid JSON, but it holds {text[:60]!r}. "
            "Write it with json.dump(settings, file), not with str()",
            pytrace=False,
        )


def test_saves_json(tmp_path):
    """Saves the settings as JSON, keeping numbers, booleans, None and lists."""
    path = tmp_path / "settings.json"
    settings = {"theme": "dark", "font_size": 16, "autosave": True, "proxy": None, "recent": ["a.txt"]}
    save_settings(path, settings)
    assert path.exists(), "save_settings should create the file"
    assert json_in(path) == settings, "The file should hold exactly the settings that were saved"


def test_save_replaces_the_old_file(tmp_path):
    """Saving again replaces what was in the file."""
    path = tmp_path / "settings.json"
    save_settings(path, {"theme": "dark", "font_size": 16})
    save_settings(path, {"theme": "solarized"})
    assert json_in(path) == {"theme": "solarized"}, (
        'After saving {"theme": "solarized"} the file should hold only that: '
        'open it with mode "w", which replaces the old contents'
    )


def test_no_file_gives_the_defaults(tmp_path):
    """Without a file, returns a copy of the defaults."""
    defaults = dict(DEFAULTS)
    result = load_settings(tmp_path / "missing.json", defaults)
    assert result == DEFAULTS, "Without a settings file, load_settings should return the defaults"
    assert result is not defaults, (
        "load_settings should return a new dictionary, not the defaults dictionary itself: "
        "make a copy with dict(defaults)"
    )


def test_file_values_replace_the_defaults(tmp_path):
    """Values from the file replace the defaults; missing ones keep their default."""
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", "font_size": 16}', encoding="utf-8")
    assert load_settings(path, dict(DEFAULTS)) == {"theme": "dark", "font_size": 16, "language": "en"}, (
        'With a file holding {"theme": "dark", "font_size": 16}, load_settings should return '
        '{"theme": "dark", "font_size": 16, "language": "en"}: the file\'s values on top of the defaults'
    )


def test_defaults_stay_unchanged(tmp_path):
    """Never changes the defaults dictionary it was given."""
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark"}', encoding="utf-8")
    defaults = dict(DEFAULTS)
    load_settings(path, defaults)
    assert defaults == DEFAULTS, (
        "load_settings changed the defaults dictionary it was given: start from a copy, "
        "dict(defaults), and update the copy"
    )


def test_round_trip_keeps_types(tmp_path):
    """What is saved comes back with the same types."""
    path = tmp_path / "settings.json"
    save_settings(path, {"font_size": 16, "autosave": False, "recent": ["a.txt", "b.txt"]})
    loaded = load_settings(path, dict(DEFAULTS))
    assert loaded["font_size"] == 16, "font_size should come back as the number 16, not the text \"16\""
    assert loaded["autosave"] is False, "autosave should come back as False"
    assert loaded["recent"] == ["a.txt", "b.txt"], "recent should come back as the list [\"a.txt\", \"b.txt\"]"
