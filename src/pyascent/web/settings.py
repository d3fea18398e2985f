"""Settings of the web app, built by the CLI and handed to `create_app`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WebSettings:
    course_path: Path
    database_url: str
    secret_key: bytes
    max_code_kb: int = 256
    max_body_kb: int = 1024
    # Checks and example runs per client: a burst, then a steady rate.
    rate_burst: int = 20
    rate_per_second: float = 1.0
