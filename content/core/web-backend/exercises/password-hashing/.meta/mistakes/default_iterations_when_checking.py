import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"


def hash_password(password: str, salt: bytes | None = None, iterations: int = 100_000) -> str:
    if salt is None:
        salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    algorithm, _iterations, salt, expected = stored.split("$")
    if algorithm != ALGORITHM:
        raise ValueError(f"unknown password hash algorithm {algorithm!r}")
    again = hash_password(password, bytes.fromhex(salt))
    return hmac.compare_digest(again, stored)
