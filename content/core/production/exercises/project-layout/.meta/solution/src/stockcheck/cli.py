"""The stockcheck command: stockcheck INVENTORY.csv [--config configs/production.toml]."""

import argparse
import csv
from pathlib import Path

from stockcheck.core import parse_item, report
from stockcheck.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    """Print the stock report of an inventory file; return the exit code."""
    parser = argparse.ArgumentParser(prog="stockcheck", description="Which products are running low.")
    parser.add_argument("inventory", type=Path, help="a CSV file with sku, name, stock, minimum")
    parser.add_argument("--config", type=Path, default=Path("configs/default.toml"))
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
        with args.inventory.open(newline="", encoding="utf-8") as file:
            items = [parse_item(row) for row in csv.DictReader(file)]
    except (OSError, ValueError) as error:
        print(f"stockcheck: {error}")
        return 1
    for line in report(items, settings.margin):
        print(line)
    return 0
