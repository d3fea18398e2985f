import hashlib
import hmac


class TokenError(Exception):
    pass


class BadSignature(TokenError):
    pass


class TokenExpired(TokenError):
    pass


def sign(message: str, secret: bytes) -> str:
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def make_token(user: str, secret: bytes, now: float, lifetime: int = 900) -> str:
    if "." in user:
        raise ValueError(f"a user id may not contain '.': {user!r}")
    message = f"{user}.{int(now) + lifetime}"
    return f"{message}.{sign(message, secret)}"


def read_token(token: str, secret: bytes, now: float) -> str:
    parts = token.split(".")
    if len(parts) != 3:
        raise BadSignature("a token has three parts: user.expires.signature")
    user, expires, signature = parts
    if now >= int(expires):
        raise TokenExpired(f"the token expired at {expires}")
    if not hmac.compare_digest(sign(f"{user}.{expires}", secret), signature):
        raise BadSignature("the signature does not match")
    return user
