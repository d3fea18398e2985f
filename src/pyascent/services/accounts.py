"""Accounts: creating them, signing in and out, passwords, and the lock after wrong ones.

Why sessions live in the database: a class may run several server processes behind one
address, and a sign-in must hold on each; only the token's SHA-256 is stored. Sign-in
answers the same, and takes as long, whether the username exists or not.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pyascent.services.errors import ServiceError
from pyascent.services.passwords import (
    check_new_password,
    hash_password,
    hash_temporary,
    needs_rehash,
    temporary_password,
    verify_password,
)
from pyascent.services.settings import Settings
from pyascent.store import AccountRecord, AccountStore, CohortStore, NotFound, Taken

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")


class LoginRefused(ServiceError):
    """Wrong username or password, or a locked account; `retry_after` when locked."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AccountError(ServiceError):
    pass


@dataclass(frozen=True)
class Account:
    """An account as shells see it (never its password hash)."""

    id: int
    username: str
    display_name: str
    email: str | None
    learner_id: int
    learner_name: str
    can_teach: bool
    must_change_password: bool


@dataclass(frozen=True)
class SignUp:
    account: Account
    token: str
    max_age: int
    cohort_id: int


@dataclass(frozen=True)
class SignIn:
    account: Account
    token: str  # the cookie's value; only its hash is stored
    expires_at: datetime


def public(record: AccountRecord) -> Account:
    return Account(
        record.id,
        record.username,
        record.display_name,
        record.email,
        record.learner_id,
        record.learner_name,
        record.can_teach,
        record.must_change_password,
    )


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def checked_username(raw: str) -> str:
    name = raw.strip().lower()
    if not USERNAME.match(name):
        raise AccountError(
            f"'{raw}' is not a username: use 1-64 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit."
        )
    return name


class Accounts:
    def __init__(
        self,
        store: AccountStore,
        cohorts: CohortStore,
        settings: Settings,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.cohorts = cohorts
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))
        self._any = False  # once an account exists, it is classroom mode for good

    def any_exist(self) -> bool:
        if not self._any:
            self._any = self.store.count() > 0
        return self._any

    def create(
        self,
        username: str,
        password: str | None,
        *,
        display_name: str | None = None,
        email: str | None = None,
        can_teach: bool = False,
    ) -> tuple[Account, str | None]:
        """A new account; with no password a temporary one is made, returned once, and must
        be changed at the first sign-in."""
        name = checked_username(username)
        temporary = None
        if password is None:
            password = temporary = temporary_password()
        else:
            check_new_password(password, name)
        try:
            record = self.store.create(
                name,
                (display_name or name).strip()[:200] or name,
                hash_temporary(password) if temporary else hash_password(password),
                can_teach=can_teach,
                email=email,
                must_change_password=temporary is not None,
                now=self.clock(),
            )
        except Taken as exc:
            raise AccountError(f"There is already an account '{name}'.") from exc
        self._any = True
        return public(record), temporary

    def find(self, username: str) -> Account | None:
        record = self.store.by_username(username.strip().lower())
        return None if record is None else public(record)

    def get(self, account_id: int) -> Account:
        try:
            return public(self.store.get(account_id))
        except NotFound as exc:
            raise AccountError(f"There is no account {account_id}.") from exc

    def sign_in(self, username: str, password: str) -> SignIn:
        now = self.clock()
        record = self.store.by_username(username.strip().lower())
        if record is not None and record.locked_until is not None and record.locked_until > now:
            wait = (record.locked_until - now).total_seconds()
            raise LoginRefused(
                f"Too many wrong passwords: this account is locked for {max(1, round(wait / 60))}"
                " more minute(s). Ask your instructor to reset the password if you forgot it.",
                retry_after=wait,
            )
        if not verify_password(None if record is None else record.password_hash, password):
            if record is not None:
                until = now + timedelta(minutes=self.settings.login_lock_minutes)
                self.store.failed_login(record.id, self.settings.login_lock_after, until)
            raise LoginRefused("That username and password do not match an account.")
        assert record is not None
        fields: dict[str, object] = {"failed_logins": 0, "locked_until": None}
        if needs_rehash(record.password_hash):
            fields["password_hash"] = hash_password(password)
        record = self.store.update(record.id, **fields)
        token = secrets.token_urlsafe(32)
        expires = now + timedelta(hours=self.settings.session_hours)
        self.store.open_session(record.id, token_hash(token), now, expires)
        return SignIn(public(record), token, expires)

    def sign_up_with_code(
        self, code: str, username: str, password: str, display_name: str
    ) -> SignUp:
        """A student account made with a cohort's join code: enrolled and signed in."""
        cohort = self.cohorts.by_join_code(code.strip())
        if cohort is None:
            raise AccountError("That join code does not open any class.")
        if not display_name.strip():
            raise AccountError("Give your name, as your instructor knows it.")
        account, _ = self.create(username, password, display_name=display_name)
        self.cohorts.put_member(cohort.id, account.id, "student", self.clock())
        signed = self.sign_in(account.username, password)
        age = int((signed.expires_at - self.clock()).total_seconds())
        return SignUp(signed.account, signed.token, age, cohort.id)

    def session(self, token: str | None) -> Account | None:
        if not token or len(token) > 200:
            return None
        record = self.store.session_account(token_hash(token), self.clock())
        return None if record is None else public(record)

    def sign_out(self, token: str) -> None:
        self.store.close_session(token_hash(token))

    def change_password(self, account: Account, current: str, new: str) -> None:
        record = self.store.get(account.id)
        if not verify_password(record.password_hash, current):
            raise AccountError("The current password is not right.")
        check_new_password(new, record.username)
        self.store.update(account.id, password_hash=hash_password(new), must_change_password=False)

    def reset_password(self, account_id: int) -> str:
        """A new temporary password (every sign-in of the account ends); returned once."""
        temporary = temporary_password()
        self.store.update(
            account_id,
            password_hash=hash_temporary(temporary),
            must_change_password=True,
            failed_logins=0,
            locked_until=None,
        )
        self.store.close_sessions_of(account_id)
        return temporary
