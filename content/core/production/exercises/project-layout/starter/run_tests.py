"""Run the project's own tests without installing it: python run_tests.py [tests/unit ...]."""

import os
import sys
from pathlib import Path

os.environ.setdefault("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # only pytest itself: a quick start

import pytest  # noqa: E402  (after the line above, on purpose)

sys.path.insert(0, str(Path(__file__).parent / "src"))
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", *(sys.argv[1:] or ["tests"])]))
