"""Passwords stored as salted PBKDF2 hashes, given: the solution of "Store passwords safely",
with 20,000 iterations by default to keep the checks fast (a real service uses far more)."""

import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"


def hash_password(password: str, salt: bytes | None = None, iterations: int = 20_000) -> str:
    """The text to store for this password: "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>"."""
    if salt is None:
        salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    """True when password is the one that `stored` was made from."""
    algorithm, iterations, salt, expected = stored.split("$")
    if algorithm != ALGORITHM:
        raise ValueError(f"unknown password hash algorithm {algorithm!r}")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(digest.hex(), expected)
