import config_reader


def config_file(folder, text):
    """Write text to shop.conf in folder (as UTF-8) and return its path."""
    path = folder / "shop.conf"
    path.write_text(text, encoding="utf-8")
    return path


def outcome(path):
    """Call read_config(path) and describe what happened: (what it raised or returned, the error)."""
    error_class = getattr(config_reader, "ConfigError", None)
    try:
        value = config_reader.read_config(path)
    except Exception as error:
        if isinstance(error_class, type) and isinstance(error, error_class):
            return "ConfigError", error
        return f"{type(error).__name__}: {error}", error
    return f"no error (it returned {value!r})", None


def test_defines_config_error():
    """Defines ConfigError as a kind of Exception."""
    error_class = getattr(config_reader, "ConfigError", None)
    assert isinstance(error_class, type), (
        "config_reader.py should define an exception class ConfigError: class ConfigError(Exception):"
    )
    assert issubclass(error_class, Exception), "ConfigError should be a kind of Exception"


def test_reads_settings(tmp_path):
    """Reads key = value lines, skipping blank lines and comments."""
    path = config_file(tmp_path, "# shop\nname = Corner shop\n\n   # the port\n  port=8080  \n")
    assert config_reader.read_config(path) == {"name": "Corner shop", "port": "8080"}, (
        'read_config should return {"name": "Corner shop", "port": "8080"}: skip blank and '
        "# lines, and strip the spaces around keys and values"
    )


def test_values_with_equals_and_accents(tmp_path):
    """Splits at the first = only, and reads the file as UTF-8."""
    path = config_file(tmp_path, "url = https://example.com/?page=1&sort=new\nname = Café Zoë\n")
    assert config_reader.read_config(path) == {
        "url": "https://example.com/?page=1&sort=new",
        "name": "Café Zoë",
    }, (
        "A value may contain = signs: only the first = separates key and value, "
        'so url should be "https://example.com/?page=1&sort=new"'
    )


def test_line_without_equals(tmp_path):
    """Raises ConfigError naming the line number and the bad line."""
    path = config_file(tmp_path, "# shop\nname = Corner shop\n\nport 8080\n")
    kind, error = outcome(path)
    assert kind == "ConfigError", (
        'The line "port 8080" has no =: read_config should raise ConfigError'
    )
    message = str(error)
    assert "line 4" in message, (
        f"The error should say 'line 4' (the first line of the file is line 1, blank and comment "
        f"lines count too); the message was: {message}"
    )
    assert "port 8080" in message, f"The error should show the bad line, port 8080; it was: {message}"


def test_missing_key_and_duplicate_key(tmp_path):
    """Raises ConfigError for an empty key and for a key that appears twice."""
    kind, error = outcome(config_file(tmp_path, "name = shop\n= 5\n"))
    assert kind == "ConfigError", 'The line "= 5" has no key: read_config should raise ConfigError'
    assert "line 2" in str(error), f"The error should say 'line 2'; it was: {error}"

    kind, error = outcome(config_file(tmp_path, "port = 80\nname = shop\n# again:\nport = 8080\n"))
    assert kind == "ConfigError", (
        "port appears twice: read_config should raise ConfigError instead of keeping one of them"
    )
    assert "line 4" in str(error) and "port" in str(error), (
        f"The error should say 'line 4' and name the key port; it was: {error}"
    )


def test_missing_file(tmp_path):
    """Raises ConfigError, not FileNotFoundError, naming the missing file."""
    kind, error = outcome(tmp_path / "nowhere.conf")
    assert kind == "ConfigError", (
        "read_config should raise ConfigError when the file does not exist: catch "
        "FileNotFoundError and raise ConfigError instead"
    )
    assert "nowhere.conf" in str(error), f"The error should name the missing file; it was: {error}"


def test_messages_say_what_is_wrong(tmp_path):
    """Each message says what is wrong, in the words of the instructions' table."""
    cases = [
        (None, "config file not found"),
        ("port 8080\n", "expected 'key = value'"),
        ("= 5\n", "the key is missing"),
        ("port = 80\nport = 8080\n", "duplicate key"),
    ]
    for text, words in cases:
        path = tmp_path / "nowhere.conf" if text is None else config_file(tmp_path, text)
        _, error = outcome(path)
        assert words in str(error), (
            f"This error message should contain the words: {words} (see the table in the "
            f"instructions); it was: {error}"
        )
