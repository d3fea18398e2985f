"""Password hashing (argon2id, argon2-cffi's defaults) and the rule a new password obeys.

Why argon2id: it is the current OWASP recommendation and memory-hard; the library picks
parameters and tells us when a stored hash should be re-hashed with newer ones.
"""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from pyascent.services.errors import ServiceError

MIN_LENGTH = 10
MAX_LENGTH = 200
_HASHER = PasswordHasher()
# A temporary password is 72 random bits: guessing it offline is hopeless at any hashing
# cost, so it is hashed cheaply (a 300-student roster in about a second, not 40 s); the
# first sign-in re-hashes it at full cost (needs_rehash), and it must be replaced anyway.
_CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
# Verified when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY = _HASHER.hash(secrets.token_urlsafe(16))


class WeakPassword(ServiceError):
    pass


def check_new_password(password: str, username: str = "") -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"A password needs at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"A password has at most {MAX_LENGTH} characters.")
    if username and password.lower() == username.lower():
        raise WeakPassword("A password must not be the username.")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def hash_temporary(password: str) -> str:
    return _CHEAP.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _HASHER.check_needs_rehash(stored)


def temporary_password() -> str:
    """A one-time password an instructor hands over; it must be changed at first login."""
    return "-".join(secrets.token_hex(3) for _ in range(3))
