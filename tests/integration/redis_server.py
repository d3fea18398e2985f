"""A throwaway redis-server on 127.0.0.1 for tests, installed with apt-get if missing.

It runs with an append-only file fsynced on every write, as the queue's docs ask, so a
SIGKILLed server restarted on the same folder replays what it had acknowledged.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis

from tests.conftest import free_port

REDIS_SERVER = Path("/usr/bin/redis-server")


def _binary() -> Path:
    if not REDIS_SERVER.exists():
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "redis-server"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    if not REDIS_SERVER.exists():
        raise RuntimeError("redis-server could not be installed (none after apt-get)")
    return REDIS_SERVER


class RedisServer:
    """One redis-server process; kill9() and restart() keep its port and its folder."""

    def __init__(self, binary: Path, folder: Path, port: int) -> None:
        self.binary = binary
        self.folder = folder
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [
            str(self.binary),
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--dir",
            str(self.folder),
            "--save",
            "",
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
            "--daemonize",
            "no",
            "--logfile",
            str(self.folder / "redis.log"),
        ]
        self.process = subprocess.Popen(command, start_new_session=True)
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1)
        deadline = time.monotonic() + 20
        try:
            while True:
                try:
                    if client.ping():
                        return
                except redis.RedisError:
                    pass
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = self.folder / "redis.log"
                    raise RuntimeError(
                        "redis-server did not answer PING:\n"
                        + (log.read_text() if log.exists() else "(no log)")
                    )
                time.sleep(0.05)
        finally:
            client.close()

    def kill9(self) -> None:
        """SIGKILL, no shutdown: what was fsynced to the append-only file stays."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def restart(self) -> None:
        """Start again on the same port and folder (the append-only file is replayed)."""
        self.kill9()
        self.start()

    def client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port)


@contextmanager
def redis_server() -> Iterator[RedisServer]:
    """Yields a fresh server (its `.url` is the redis:// URL); removed afterwards."""
    binary = _binary()
    folder = Path(tempfile.mkdtemp(prefix="pyascent-redis-"))
    server = RedisServer(binary, folder, free_port())
    try:
        server.start()
        yield server
    finally:
        server.kill9()
        shutil.rmtree(folder, ignore_errors=True)
