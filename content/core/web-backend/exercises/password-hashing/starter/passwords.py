"""Store passwords as salted, slow hashes, and check a login against them."""

import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"


def hash_password(password: str, salt: bytes | None = None, iterations: int = 100_000) -> str:
    """The text to store for this password: "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>"."""
    # Replace this line with your code.
    raise NotImplementedError("hash_password is not written yet")


def check_password(password: str, stored: str) -> bool:
    """True when password is the one that `stored` was made from."""
    # Replace this line with your code.
    raise NotImplementedError("check_password is not written yet")
