"""The stockcheck command: stockcheck INVENTORY.csv [--config configs/production.toml]."""

import argparse
import csv
from pathlib import Path

from stockcheck.core import parse_item, report
from stockcheck.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    """Print the stock report of an inventory file; return the exit code."""
    raise NotImplementedError
