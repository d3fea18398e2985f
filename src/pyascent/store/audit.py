"""The audit log: append-only, each row chained to the one before by SHA-256.

Why a chain: a row edited or deleted in the database afterwards no longer hashes to what
the next row recorded, so `verify` finds it. Appends take a lock first (an advisory lock on
PostgreSQL; SQLite has one writer), so two servers cannot fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.class_tables import AuditRow
from pyascent.store.database import translated

GENESIS = "0" * 64
_LOCK_KEY = 7_020_0007  # pg_advisory_xact_lock key of the audit chain


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    cohort_id: int | None
    action: str
    subject: str
    detail: dict[str, Any]


def _digest(prev: str, at: datetime, actor: str, cohort: int | None, action: str,
            subject: str, detail: str) -> str:  # fmt: skip
    stamp = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    fields = [prev, stamp, actor, "" if cohort is None else str(cohort), action, subject, detail]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


class AuditStore:
    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def append(
        self,
        actor: str,
        action: str,
        subject: str,
        detail: dict[str, Any],
        *,
        cohort_id: int | None,
        now: datetime,
    ) -> None:
        body = json.dumps(detail, sort_keys=True, default=str)
        with translated(self.url), self._session() as session:
            if self._engine.dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            row = AuditRow(
                at=now,
                actor=actor,
                cohort_id=cohort_id,
                action=action,
                subject=subject,
                detail=body,
                prev_hash="",
                hash="",
            )
            session.add(row)
            session.flush()  # on SQLite this takes the write lock before the chain is read
            prev = session.scalar(
                select(AuditRow.hash).where(AuditRow.id < row.id).order_by(AuditRow.id.desc())
            )
            row.prev_hash = prev or GENESIS
            row.hash = _digest(row.prev_hash, now, actor, cohort_id, action, subject, body)
            session.commit()

    def events(self, cohort_id: int | None = None, limit: int = 200) -> list[AuditRecord]:
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if cohort_id is not None:
            query = query.where(AuditRow.cohort_id == cohort_id)
        with translated(self.url), self._session() as session:
            return [
                AuditRecord(
                    row.id,
                    row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC),
                    row.actor,
                    row.cohort_id,
                    row.action,
                    row.subject,
                    json.loads(row.detail),
                )
                for row in session.scalars(query)
            ]

    def verify(self) -> tuple[int, int | None]:
        """(rows checked, the id of the first row that does not hash as recorded or None)."""
        with translated(self.url), self._session() as session:
            prev = GENESIS
            checked = 0
            for row in session.scalars(select(AuditRow).order_by(AuditRow.id)):
                expected = _digest(
                    prev, row.at, row.actor, row.cohort_id, row.action, row.subject, row.detail
                )
                if row.prev_hash != prev or row.hash != expected:
                    return checked, row.id
                prev = row.hash
                checked += 1
            return checked, None
