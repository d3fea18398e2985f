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
        self.started = True

    def liveness(self) -> tuple[int, dict[str, Any]]:
        """Whether the process works at all: if this cannot answer, restart it."""
        return 200, {"status": "alive"}

    def readiness(self) -> tuple[int, dict[str, Any]]:
        """Whether to send it traffic now: started, not stopping, and every check passing."""
        if not self.started:
            return 503, {"status": "starting"}
        if self.stopping:
            return 503, {"status": "stopping"}
        results = {name: passes(check) for name, check in self.checks.items()}
        if all(results.values()):
            return 200, {"status": "ready", "checks": results}
        return 503, {"status": "not ready", "checks": results}

    @contextmanager
    def request(self) -> Iterator[None]:
        """Around the handling of one request: counted, and refused while stopping."""
        if self.stopping:
            raise ServiceStopping("the service is shutting down")
        self.requests += 1
        self.in_flight += 1
        try:
            yield
        except Exception:
            self.errors += 1
        finally:
            self.in_flight -= 1

    def on_sigterm(self, signum: int, frame: FrameType | None) -> None:
        """SIGTERM means: finish what you are doing, take nothing new."""
        self.stopping = True

    def install_signal_handler(self) -> Any:
        """Call on_sigterm on SIGTERM; give back the handler that was there before."""
        return signal.signal(signal.SIGTERM, self.on_sigterm)

    def drain(
        self,
        timeout: float,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> bool:
        """Wait, 0.1 s at a time, until no request is in flight or timeout seconds have passed."""
        deadline = clock() + timeout
        while self.in_flight and clock() < deadline:
            sleep(0.1)
        return self.in_flight == 0

    def metrics(self) -> str:
        """The counters in Prometheus's text format."""
        lines = []
        for name, kind, value in (
            ("app_requests_total", "counter", self.requests),
            ("app_request_errors_total", "counter", self.errors),
            ("app_requests_in_flight", "gauge", self.in_flight),
        ):
            lines += [f"# TYPE {name} {kind}", f"{name} {value}"]
        return "\n".join(lines) + "\n"


def passes(check: Check) -> bool:
    """Run one readiness check; a check that raises has failed."""
    try:
        return bool(check())
    except Exception:
        return False
