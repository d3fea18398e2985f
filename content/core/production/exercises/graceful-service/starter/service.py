"""A service that says when it is alive and ready, counts its requests and stops gracefully."""

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

Check = Callable[[], bool]


class ServiceStopping(Exception):
    """A new request came while the service is shutting down."""


class Service:
    """Health, readiness, metrics and a graceful stop for one running service."""

    def __init__(self, checks: dict[str, Check]) -> None:
        self.checks = checks
        self.started = False
        self.stopping = False
        self.in_flight = 0
        self.requests = 0
        self.errors = 0

    def start(self) -> None:
        """Start-up is over: the service may be sent traffic once its checks pass."""
        raise NotImplementedError

    def liveness(self) -> tuple[int, dict[str, Any]]:
        """Whether the process works at all: if this cannot answer, restart it."""
        raise NotImplementedError

    def readiness(self) -> tuple[int, dict[str, Any]]:
        """Whether to send it traffic now: started, not stopping, and every check passing."""
        raise NotImplementedError

    @contextmanager
    def request(self) -> Iterator[None]:
        """Around the handling of one request: counted, and refused while stopping."""
        raise NotImplementedError

    def on_sigterm(self, signum: int, frame: FrameType | None) -> None:
        """SIGTERM means: finish what you are doing, take nothing new."""
        raise NotImplementedError

    def install_signal_handler(self) -> Any:
        """Call on_sigterm on SIGTERM; give back the handler that was there before."""
        raise NotImplementedError

    def drain(
        self,
        timeout: float,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> bool:
        """Wait, 0.1 s at a time, until no request is in flight or timeout seconds have passed."""
        raise NotImplementedError

    def metrics(self) -> str:
        """The counters in Prometheus's text format."""
        raise NotImplementedError


def passes(check: Check) -> bool:
    """Run one readiness check; a check that raises has failed."""
    raise NotImplementedError
