"""While the server runs, close the attempts that a stopped process left pending.

`open_server` closes what a previous server left, once, before listening. This loop closes
the rest while the app lives: a CLI check killed on a shared database, an attempt whose
lease ran out. The work is a single query on a thread; the event loop never waits on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from pyascent.services import LearnerService

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def closing_stale_attempts(
    service: LearnerService, interval: float | None = None
) -> AsyncIterator[None]:
    """Run the loop for the body of the `async with`; on leaving, let a running pass end.

    `interval` None takes the `reap_interval_seconds` setting: a stale attempt shows
    "pending" for at most that long.
    """
    every = interval if interval is not None else service.settings.reap_interval_seconds
    stop = asyncio.Event()
    tasks = [asyncio.create_task(_reap(service, every, stop))]
    if service.queued:  # and send again the queued checks whose lease ran out
        tick = service.settings.reconcile_interval_seconds
        tasks.append(asyncio.create_task(_reconcile(service, tick, stop)))
    try:
        yield
    finally:
        stop.set()
        await asyncio.gather(*tasks)  # the store is closed after this, never under a pass


async def _reap(service: LearnerService, interval: float, stop: asyncio.Event) -> None:
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)
        if stop.is_set():
            return
        try:
            closed = await asyncio.to_thread(service.close_stale_attempts)
        except Exception:  # a locked database, a bug: log it, keep the loop for next time
            log.exception("closing stale attempts failed; trying again in %g s", interval)
        else:
            if closed:
                log.info("closed %d attempt(s) left pending as not graded", closed)


async def _reconcile(service: LearnerService, interval: float, stop: asyncio.Event) -> None:
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)
        if stop.is_set():
            return
        try:
            sent = await asyncio.to_thread(service.reconcile)
        except Exception:  # Redis or the database away: try again on the next tick
            log.exception("re-sending queued checks failed; trying again in %g s", interval)
        else:
            if sent:
                log.info("sent %d queued check(s) again", sent)
