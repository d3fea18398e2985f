"""The pricetag command: pricetag ITEM [--quantity N] [--tax PERCENT]."""

import argparse
from importlib import resources

import yaml

from pricetag import __version__


def load_prices() -> dict[str, float]:
    """The price list shipped inside the package (prices.yaml), read where it is installed."""
    text = resources.files("pricetag").joinpath("prices.yaml").read_text(encoding="utf-8")
    return {str(name): float(price) for name, price in yaml.safe_load(text).items()}


def main(argv: list[str] | None = None) -> int:
    """Print the price of a product, times a quantity, with tax; return the exit code."""
    parser = argparse.ArgumentParser(prog="pricetag", description="The price of a product, with tax.")
    parser.add_argument("item", help="the product, such as tea")
    parser.add_argument("--quantity", type=int, default=1)
    parser.add_argument("--tax", type=float, default=0.0, help="the tax in percent, such as 20")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    prices = load_prices()
    if args.item not in prices:
        print(f"pricetag: no product named {args.item!r}")
        return 1
    total = prices[args.item] * args.quantity * (1 + args.tax / 100)
    print(f"{args.quantity} x {args.item} = {total:.2f}")
    return 0
