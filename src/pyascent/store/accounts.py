"""Accounts and signed-in sessions. Passwords arrive here already hashed (services own the
hashing), session tokens as their SHA-256: this module never sees a secret."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.class_tables import AccountRow, WebSessionRow
from pyascent.store.database import translated
from pyascent.store.errors import NotFound, StoreError
from pyascent.store.tables import Learner

LEARNER_PREFIX = "account:"  # learner rows of accounts; "local" stays the localhost learner


@dataclass(frozen=True)
class AccountRecord:
    id: int
    username: str
    display_name: str
    email: str | None
    password_hash: str
    learner_id: int
    learner_name: str
    can_teach: bool
    must_change_password: bool
    failed_logins: int
    locked_until: datetime | None


class Taken(StoreError):
    """A unique name is in use already."""


def learner_name_of(username: str) -> str:
    return f"{LEARNER_PREFIX}{username}"


def _record(row: AccountRow) -> AccountRecord:
    return AccountRecord(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        email=row.email,
        password_hash=row.password_hash,
        learner_id=row.learner_id,
        learner_name=learner_name_of(row.username),
        can_teach=row.can_teach,
        must_change_password=row.must_change_password,
        failed_logins=row.failed_logins,
        locked_until=_aware(row.locked_until),
    )


def _aware(stamp: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stamp here was stored in UTC."""
    if stamp is None or stamp.tzinfo is not None:
        return stamp
    return stamp.replace(tzinfo=UTC)


class AccountStore:
    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def count(self) -> int:
        with translated(self.url), self._session() as session:
            return int(session.scalar(select(func.count(AccountRow.id))) or 0)

    def create(
        self,
        username: str,
        display_name: str,
        password_hash: str,
        *,
        can_teach: bool = False,
        email: str | None = None,
        must_change_password: bool = False,
        now: datetime,
    ) -> AccountRecord:
        with translated(self.url), self._session() as session:
            name = learner_name_of(username)
            learner = session.scalar(select(Learner).where(Learner.name == name))
            if learner is None:
                learner = Learner(name=name, created_at=now)
                session.add(learner)
                session.flush()
            row = AccountRow(
                username=username,
                display_name=display_name,
                email=email,
                password_hash=password_hash,
                learner_id=learner.id,
                can_teach=can_teach,
                must_change_password=must_change_password,
                failed_logins=0,
                created_at=now,
            )
            session.add(row)
            try:
                session.commit()
            except IntegrityError as exc:
                raise Taken(f"the username '{username}' is taken") from exc
            return _record(row)

    def by_username(self, username: str) -> AccountRecord | None:
        with translated(self.url), self._session() as session:
            row = session.scalar(select(AccountRow).where(AccountRow.username == username))
            return None if row is None else _record(row)

    def get(self, account_id: int) -> AccountRecord:
        with translated(self.url), self._session() as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise NotFound(f"account {account_id} does not exist")
            return _record(row)

    def many(self, account_ids: list[int]) -> dict[int, AccountRecord]:
        with translated(self.url), self._session() as session:
            rows = session.scalars(select(AccountRow).where(AccountRow.id.in_(account_ids)))
            return {row.id: _record(row) for row in rows}

    def update(self, account_id: int, **fields: object) -> AccountRecord:
        """Change columns of an account (display_name, password_hash, can_teach, ...)."""
        with translated(self.url), self._session() as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise NotFound(f"account {account_id} does not exist")
            for name, value in fields.items():
                setattr(row, name, value)
            session.commit()
            return _record(row)

    def failed_login(self, account_id: int, lock_after: int, locked_until: datetime) -> int:
        """Count a wrong password; lock the account once `lock_after` are in a row."""
        with translated(self.url), self._session() as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise NotFound(f"account {account_id} does not exist")
            row.failed_logins += 1
            if row.failed_logins >= lock_after:
                row.locked_until = locked_until
                row.failed_logins = 0
            session.commit()
            return row.failed_logins

    # -- sessions -----------------------------------------------------------------------

    def open_session(
        self, account_id: int, token_hash: str, now: datetime, until: datetime
    ) -> None:
        with translated(self.url), self._session() as session:
            session.add(
                WebSessionRow(
                    token_hash=token_hash, account_id=account_id, created_at=now, expires_at=until
                )
            )
            session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < now))
            session.commit()

    def session_account(self, token_hash: str, now: datetime) -> AccountRecord | None:
        with translated(self.url), self._session() as session:
            found = session.execute(
                select(AccountRow, WebSessionRow.expires_at)
                .join(WebSessionRow, WebSessionRow.account_id == AccountRow.id)
                .where(WebSessionRow.token_hash == token_hash)
            ).first()
            if found is None:
                return None
            row, expires = found
            expiry = _aware(expires)
            if expiry is None or expiry <= now:
                return None
            return _record(row)

    def close_session(self, token_hash: str) -> None:
        with translated(self.url), self._session() as session:
            session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash))
            session.commit()

    def close_sessions_of(self, account_id: int) -> None:
        with translated(self.url), self._session() as session:
            session.execute(delete(WebSessionRow).where(WebSessionRow.account_id == account_id))
            session.commit()
