"""make_token signs a user and an expiry time; read_token trusts only good, fresh tokens."""

import hashlib
import hmac

import pytest

import tokens

SECRET = b"kept on the server only"
NOW = 1_700_000_000


def signature(message, secret=SECRET):
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def refused(token, now, error_class, why, message, secret=SECRET):
    """read_token must raise error_class (a TokenError) with this message for this token."""
    try:
        user = tokens.read_token(token, secret, now)
    except error_class as error:
        assert str(error) == message, (
            f"read_token({token!r}) should raise {error_class.__name__}({message!r}), with that message"
        )
        return
    except tokens.TokenError as error:
        pytest.fail(
            f"read_token({token!r}) should raise {error_class.__name__}, not "
            f"{type(error).__name__}: {why}",
            pytrace=False,
        )
    except Exception as error:
        pytest.fail(
            f"read_token({token!r}) raised {type(error).__name__}: {error}. It should raise "
            f"{error_class.__name__}: {why}",
            pytrace=False,
        )
    pytest.fail(f"read_token({token!r}) should raise {error_class.__name__}, but it returned {user!r}: {why}", pytrace=False)


def test_make_token_format():
    """make_token gives user.expires.signature, with expires = int(now) + lifetime."""
    assert tokens.make_token("ada", SECRET, NOW, lifetime=60) == f"ada.{NOW + 60}.{signature(f'ada.{NOW + 60}')}", (
        "make_token('ada', secret, 1700000000, lifetime=60) should be 'ada.1700000060.' followed by "
        "sign('ada.1700000060', secret)"
    )
    token = tokens.make_token("grace", SECRET, 1000.7, lifetime=30)
    assert token == f"grace.1030.{signature('grace.1030')}", (
        "With now=1000.7 and lifetime=30, expires should be the whole number int(now) + lifetime = 1030"
    )


def test_default_lifetime_is_fifteen_minutes():
    """Without a lifetime, a token is valid for 900 seconds."""
    assert tokens.make_token("ada", SECRET, NOW).split(".")[1] == str(NOW + 900), (
        "Without a lifetime, expires should be now + 900 (fifteen minutes)"
    )


def test_the_secret_signs():
    """Another secret gives another signature."""
    ours = tokens.make_token("ada", SECRET, NOW)
    theirs = tokens.make_token("ada", b"another server's secret", NOW)
    assert ours.split(".")[2] == signature(f"ada.{NOW + 900}"), "Sign 'user.expires' with the secret given"
    assert ours != theirs, "Tokens made with two different secrets should have different signatures"


def test_a_dot_in_the_user_raises_value_error():
    """A user id with a '.' raises ValueError."""
    with pytest.raises(ValueError, match="^a user id may not contain '.': 'ada.lovelace'$"):
        tokens.make_token("ada.lovelace", SECRET, NOW)
        pytest.fail(
            "make_token('ada.lovelace', ...) should raise ValueError(\"a user id may not contain '.': "
            "'ada.lovelace'\"): a '.' would break the token's format",
            pytrace=False,
        )


def test_read_a_good_token():
    """A token we made, read before it expires, gives its user."""
    token = tokens.make_token("ada", SECRET, NOW)
    assert tokens.read_token(token, SECRET, NOW) == "ada", "read_token should return 'ada' for ada's fresh token"
    assert tokens.read_token(token, SECRET, NOW + 899) == "ada", (
        "A token made at 1700000000 with the default lifetime is still good at 1700000899"
    )
    other = f"grace.{NOW + 5}.{signature(f'grace.{NOW + 5}')}"
    assert tokens.read_token(other, SECRET, NOW) == "grace", (
        "read_token should return the user of any well-signed, fresh token: 'grace'"
    )


def test_an_expired_token():
    """From `expires` on, the token raises TokenExpired."""
    assert issubclass(tokens.TokenExpired, tokens.TokenError), "TokenExpired should stay a subclass of TokenError"
    token = tokens.make_token("ada", SECRET, NOW, lifetime=60)
    expired = f"the token expired at {NOW + 60}"
    refused(token, NOW + 60, tokens.TokenExpired, "a token is valid while now < expires, and now == expires here", expired)
    refused(token, NOW + 3600, tokens.TokenExpired, "the token expired an hour ago", expired)


def test_a_changed_token_has_a_bad_signature():
    """Changing the user or the time breaks the signature."""
    token = tokens.make_token("ada", SECRET, NOW)
    user, expires, sig = token.split(".")
    refused(f"admin.{expires}.{sig}", NOW, tokens.BadSignature, "the user was changed, so the signature no longer matches", "the signature does not match")
    refused(f"ada.{int(expires) + 10**6}.{sig}", NOW, tokens.BadSignature, "the time was changed, so the signature no longer matches", "the signature does not match")
    refused(f"ada.{expires}.{sig[:-1]}0" if sig[-1] != "0" else f"ada.{expires}.{sig[:-1]}1", NOW, tokens.BadSignature, "one character of the signature was changed", "the signature does not match")


def test_another_secret_has_a_bad_signature():
    """A token signed with another secret is refused."""
    forged = tokens.make_token("ada", b"guessed secret", NOW)
    refused(forged, NOW, tokens.BadSignature, "it was signed with another secret", "the signature does not match")


def test_signature_is_checked_before_the_time():
    """A forged token that has also expired is a BadSignature, not TokenExpired."""
    forged = f"ada.{NOW - 10}.{signature(f'ada.{NOW - 10}', b'guessed secret')}"
    refused(forged, NOW, tokens.BadSignature, "check the signature first: until then, not even the time can be believed", "the signature does not match")


def test_malformed_tokens():
    """A token that is not three parts raises BadSignature."""
    good = tokens.make_token("ada", SECRET, NOW)
    for token in ["", "ada", f"ada.{NOW + 900}", good + ".extra", "not a token at all"]:
        refused(token, NOW, tokens.BadSignature, "a token has exactly three parts, user.expires.signature", "a token has three parts: user.expires.signature")
