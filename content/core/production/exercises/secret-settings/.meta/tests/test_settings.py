"""load_settings, public_view and token_matches: settings from the environment, secrets kept secret."""

import pytest

import settings

DATABASE_URL = "postgresql://shop:Hunter2-db-pass@db.internal:5432/shop"
TOKEN = "tok_9f2c1e7a4b8d0c3e5f6a"          # 22 characters
BASE = {"SHOP_DATABASE_URL": DATABASE_URL, "SHOP_API_TOKEN": TOKEN}


def load(env, what):
    try:
        return settings.load_settings(env)
    except Exception as error:
        pytest.fail(f"load_settings should accept {what}, but it raised {type(error).__name__}: {error}",
                    pytrace=False)


def error_of(env, what, why=""):
    """The SettingsError load_settings raises for env; fails clearly when it raises nothing else."""
    try:
        settings.load_settings(env)
    except settings.SettingsError as error:
        return str(error)
    except Exception as error:
        pytest.fail(f"For {what}, load_settings should raise SettingsError, not {type(error).__name__} "
                    f"(catch pydantic's ValidationError and raise SettingsError)", pytrace=False)
    pytest.fail(f"For {what}, load_settings should raise SettingsError{why}", pytrace=False)


def test_reads_the_shop_variables():
    """The SHOP_ variables become the settings; the others are ignored; text is converted."""
    env = {**BASE, "SHOP_PORT": "9000", "SHOP_DEBUG": "true", "PATH": "/usr/bin", "HOME": "/home/shop",
           "PORT": "1"}
    loaded = load(env, "the SHOP_ variables with PATH, HOME and PORT beside them")
    assert (loaded.port, loaded.debug) == (9000, True), (
        'SHOP_PORT="9000" and SHOP_DEBUG="true" should give port 9000 (an int) and debug True: '
        "remove the prefix SHOP_, write the name in lower case, and let pydantic convert the text"
    )
    assert loaded.database_url.get_secret_value() == DATABASE_URL, (
        "database_url should hold SHOP_DATABASE_URL, as a SecretStr (read it with .get_secret_value())"
    )
    assert loaded.api_token.get_secret_value() == TOKEN, (
        "api_token should hold SHOP_API_TOKEN, as a SecretStr (read it with .get_secret_value())"
    )


def test_defaults():
    """Without the optional variables: port 8000, debug False, allowed_hosts ["localhost"]."""
    loaded = load(BASE, "only SHOP_DATABASE_URL and SHOP_API_TOKEN")
    assert (loaded.port, loaded.debug, loaded.allowed_hosts) == (8000, False, ["localhost"]), (
        'With only the two required variables, port should be 8000, debug False and allowed_hosts ["localhost"]'
    )


def test_allowed_hosts_is_a_comma_separated_list():
    """SHOP_ALLOWED_HOSTS is split at commas, each host stripped, empty ones dropped."""
    loaded = load({**BASE, "SHOP_ALLOWED_HOSTS": " shop.example.com, api.example.com , ,,"}, "a list of hosts")
    assert loaded.allowed_hosts == ["shop.example.com", "api.example.com"], (
        'SHOP_ALLOWED_HOSTS=" shop.example.com, api.example.com , ,," should give '
        '["shop.example.com", "api.example.com"]: split at ",", strip each host, leave out the empty ones'
    )
    one = load({**BASE, "SHOP_ALLOWED_HOSTS": "shop.example.com"}, "one host")
    assert one.allowed_hosts == ["shop.example.com"], 'SHOP_ALLOWED_HOSTS="shop.example.com" gives ["shop.example.com"]'


def test_error_messages_never_hold_the_values():
    """A wrong setting is named, but its value (maybe a secret) is never in the message."""
    short = "s3cr3t-but-short"
    message = error_of({**BASE, "SHOP_API_TOKEN": short, "SHOP_PORT": "70000"}, "a short token and port 70000")
    assert short not in message and "70000" not in message, (
        "The SettingsError must not repeat the values: error messages end up in logs, and this one holds "
        "the (too short) token. Build it from each problem's 'loc' and 'msg', never from str(error) "
        f"(pydantic's own text shows input_value=...). It said {message[:300]!r}"
    )
    assert message.startswith("api_token: ") and "; port: " in message, (
        f"The message should name api_token and port, as 'api_token: ...; port: ...', not {message!r}"
    )


def test_missing_secrets_are_errors():
    """Without SHOP_DATABASE_URL and SHOP_API_TOKEN the shop must not start."""
    message = error_of({"SHOP_PORT": "9000"}, "no SHOP_DATABASE_URL and no SHOP_API_TOKEN")
    assert message == "database_url: Field required; api_token: Field required", (
        "With both secrets missing, the SettingsError should say "
        "'database_url: Field required; api_token: Field required': one 'field: message' per problem "
        f"of error.errors(), joined with '; '. It said {message!r}"
    )


def test_the_token_must_be_long_enough():
    """api_token needs at least 20 characters: 20 is fine, 19 is an error."""
    assert load({**BASE, "SHOP_API_TOKEN": "x" * 20}, "a token of 20 characters").api_token.get_secret_value() == "x" * 20
    message = error_of({**BASE, "SHOP_API_TOKEN": "x" * 19}, "a token of 19 characters")
    assert message.startswith("api_token: "), (
        f"A token of 19 characters should give a SettingsError that starts with 'api_token: ', not {message!r}"
    )


def test_typos_in_variable_names_are_errors():
    """A SHOP_ variable that is not a setting is an error (extra="forbid")."""
    message = error_of({**BASE, "SHOP_PROT": "80"}, "the typo SHOP_PROT",
                       ': add extra="forbid" to the model_config, so that a typo is not silently ignored')
    assert message == "prot: Extra inputs are not permitted", (
        "SHOP_PROT (a typo of SHOP_PORT) should give 'prot: Extra inputs are not permitted': "
        'model_config = ConfigDict(extra="forbid"), so that a typo is not silently ignored. '
        f"It said {message!r}"
    )


@pytest.mark.parametrize("port, works", [("1", True), ("65535", True), ("0", False), ("65536", False)])
def test_port_range(port, works):
    """The port is 1 to 65535."""
    env = {**BASE, "SHOP_PORT": port}
    if works:
        assert load(env, f"SHOP_PORT={port}").port == int(port), f"SHOP_PORT={port} is a valid port"
    else:
        message = error_of(env, f"SHOP_PORT={port}", ": a port is 1 to 65535")
        assert message.startswith("port: "), (
            f"SHOP_PORT={port} is not a port (1 to 65535): the SettingsError should start with 'port: ', "
            f"not {message[:150]!r}"
        )


def test_secrets_stay_out_of_repr_and_str():
    """Printing the settings, or logging them, never shows a secret."""
    loaded = load(BASE, "the two secrets")
    for shown in (repr(loaded), str(loaded)):
        assert TOKEN not in shown and "Hunter2-db-pass" not in shown, (
            "repr() and str() of the settings must not show the token or the database password: "
            f"declare database_url and api_token as SecretStr. It showed {shown[:200]!r}"
        )


def test_public_view_masks_the_secrets():
    """public_view gives plain values, the secrets as **********."""
    loaded = load({**BASE, "SHOP_ALLOWED_HOSTS": "shop.example.com"}, "the two secrets and a host")
    assert settings.public_view(loaded) == {
        "database_url": "**********", "api_token": "**********", "port": 8000, "debug": False,
        "allowed_hosts": ["shop.example.com"],
    }, (
        'public_view should give {"database_url": "**********", "api_token": "**********", "port": 8000, '
        '"debug": False, "allowed_hosts": ["shop.example.com"]}: settings.model_dump(mode="json")'
    )


def test_settings_cannot_be_changed():
    """The settings are frozen: set once at start-up."""
    loaded = load(BASE, "the two secrets")
    try:
        loaded.port = 1
    except ValueError:
        pass
    assert loaded.port == 8000, (
        "settings.port = 1 should raise an error and leave the port as it was: the settings are read once, "
        "at start-up. Make the model frozen: model_config = ConfigDict(frozen=True)"
    )


def test_token_matches():
    """token_matches is True only for the exact token, whatever it is given."""
    loaded = load(BASE, "the two secrets")
    assert settings.token_matches(loaded, TOKEN) is True, "token_matches(settings, the token) should be True"
    for given in ["", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), "tok_9f2c1e7a4b8d0c3e5f6b"]:
        assert settings.token_matches(loaded, given) is False, f"token_matches(settings, {given!r}) should be False"


def test_token_matches_any_text():
    """A token with letters outside ASCII is refused, not a crash."""
    loaded = load(BASE, "the two secrets")
    try:
        answer = settings.token_matches(loaded, "tok_9f2c1e7a4b8d0c3e5fé")
    except TypeError as error:
        pytest.fail(
            f"token_matches raised TypeError ({error}) for a token with an 'é': hmac.compare_digest compares "
            "str only when it is ASCII. Compare bytes: given.encode() and the secret's .encode()",
            pytrace=False,
        )
    assert answer is False, "A token with an 'é' is not the API token: token_matches should be False"
