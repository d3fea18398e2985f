"""Signed, expiring login tokens: "<user>.<expires>.<signature>", signed with HMAC-SHA256."""

import hashlib
import hmac


class TokenError(Exception):
    """A token that must not be trusted."""


class BadSignature(TokenError):
    """The token was not made with our secret, or it was changed since."""


class TokenExpired(TokenError):
    """The token was ours, but its time is up."""


def sign(message: str, secret: bytes) -> str:
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def make_token(user: str, secret: bytes, now: float, lifetime: int = 900) -> str:
    """A token for user that is valid for `lifetime` seconds from `now`."""
    if "." in user:
        raise ValueError(f"a user id may not contain '.': {user!r}")
    message = f"{user}.{int(now) + lifetime}"
    return f"{message}.{sign(message, secret)}"


def read_token(token: str, secret: bytes, now: float) -> str:
    """The user of a token we signed that has not expired; TokenError for any other."""
    parts = token.split(".")
    if len(parts) != 3:
        raise BadSignature("a token has three parts: user.expires.signature")
    user, expires, signature = parts
    if not hmac.compare_digest(sign(f"{user}.{expires}", secret), signature):
        raise BadSignature("the signature does not match")
    if now >= int(expires):
        raise TokenExpired(f"the token expired at {expires}")
    return user
