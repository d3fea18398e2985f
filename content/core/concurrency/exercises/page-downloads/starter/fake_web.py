"""A pretend web server for practising threads (no network needed). Do not change this file.

FakeWeb().download(url) waits the way a real download does (with time.sleep), then
returns a tiny HTML page. It also counts how many downloads are running at the same
moment: after a run, `peak` tells you whether your threads really overlapped.

    >>> web = FakeWeb(delay=0.1)
    >>> web.download("python.org")
    '<html>python.org</html>'
    >>> web.calls, web.peak
    (1, 1)
"""

import threading
import time


class FakeWeb:
    def __init__(self, delay: float = 0.1, delays: dict[str, float] | None = None) -> None:
        self.delay = delay  # seconds each download takes ...
        self.delays = dict(delays or {})  # ... unless this dict names another time for a URL
        self.calls = 0  # downloads so far
        self.in_flight = 0  # downloads running right now
        self.peak = 0  # the most downloads that were running at the same moment
        self._lock = threading.Lock()

    def download(self, url: str) -> str:
        with self._lock:
            self.calls += 1
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        try:
            time.sleep(self.delays.get(url, self.delay))  # waiting for the "network"
        finally:
            with self._lock:
                self.in_flight -= 1
        return f"<html>{url}</html>"
