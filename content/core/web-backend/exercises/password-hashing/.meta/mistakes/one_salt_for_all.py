import hashlib
import hmac

ALGORITHM = "pbkdf2_sha256"
SALT = bytes.fromhex("1f2e3d4c5b6a79880f1e2d3c4b5a6978")


def hash_password(password: str, salt: bytes | None = None, iterations: int = 100_000) -> str:
    salt = salt or SALT
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    algorithm, iterations, salt, expected = stored.split("$")
    if algorithm != ALGORITHM:
        raise ValueError(f"unknown password hash algorithm {algorithm!r}")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(digest.hex(), expected)
