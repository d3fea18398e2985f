"""Clean a messy table of orders with pandas."""

import io

import pandas as pd

ORDERS = """order_id,customer,city,price,quantity
1001,  alice smith ,london,$12.50,2
1002,BOB JONES,Paris ,"$1,200.00",1
1003,carla diaz, madrid,7.25,
1002,Bob Jones,paris,"$1,200.00",3
1005,   ,berlin,$900.00,4
1006,dan wu,Berlin,,3
1007,eve stone,paris,$40.00,n/a
"""


def read_orders(text: str) -> pd.DataFrame:
    """The CSV text as a DataFrame, exactly as pandas reads it."""
    raise NotImplementedError("read_orders is not written yet")


def parse_prices(prices: pd.Series) -> pd.Series:
    """Text such as "$1,200.50" as numbers (float64); a missing price stays missing."""
    raise NotImplementedError("parse_prices is not written yet")


def clean_orders(raw: pd.DataFrame) -> pd.DataFrame:
    """The orders cleaned step by step, as the instructions say."""
    raise NotImplementedError("clean_orders is not written yet")


if __name__ == "__main__":
    raw = read_orders(ORDERS)
    print(raw, raw.dtypes, sep="\n\n")
    print(clean_orders(raw))
