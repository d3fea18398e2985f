"""A pretend web server for practising threads (no network needed). Do not change this file.

FakeWeb().download(url) waits the way a real download does (with time.sleep), then
returns a tiny HTML page, or raises ConnectionError for a URL listed in `broken`.
It also counts how many downloads are running at the same moment (`peak`).

    >>> web = FakeWeb(delays={"python.org": 0.3}, broken=["bugs.python.org"])
    >>> web.download("python.org")          # takes 0.3 s
    '<html>python.org</html>'
    >>> web.download("bugs.python.org")     # takes the default 0.1 s, then fails
    Traceback (most recent call last):
    ConnectionError: could not reach bugs.python.org

`finish_order` makes the order in which downloads finish certain, whatever the load of
the machine: each URL of that list waits until the one before it has finished.
"""

import threading
import time


class FakeWeb:
    def __init__(
        self,
        delay: float = 0.1,
        delays: dict[str, float] | None = None,
        broken: list[str] | None = None,
        finish_order: list[str] | None = None,
    ) -> None:
        self.delay = delay  # seconds each download takes ...
        self.delays = dict(delays or {})  # ... unless this dict names another time for a URL
        self.broken = set(broken or [])  # URLs whose download raises ConnectionError
        self.finish_order = list(finish_order or [])
        self.calls = 0  # downloads so far
        self.in_flight = 0  # downloads running right now
        self.peak = 0  # the most downloads that were running at the same moment
        self._lock = threading.Lock()
        self._finished = {url: threading.Event() for url in self.finish_order}

    def _wait_for_the_one_before(self, url: str) -> None:
        place = self.finish_order.index(url)
        if place == 0:
            return
        before = self.finish_order[place - 1]
        if not self._finished[before].wait(timeout=2):
            raise TimeoutError(
                f"the download of {url} waited in vain for {before} to finish: "
                "were the downloads running at the same time?"
            )

    def download(self, url: str) -> str:
        with self._lock:
            self.calls += 1
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        try:
            if url in self._finished:
                self._wait_for_the_one_before(url)
            time.sleep(self.delays.get(url, self.delay))  # waiting for the "network"
            if url in self.broken:
                raise ConnectionError(f"could not reach {url}")
            return f"<html>{url}</html>"
        finally:
            with self._lock:
                self.in_flight -= 1
            if url in self._finished:
                self._finished[url].set()
