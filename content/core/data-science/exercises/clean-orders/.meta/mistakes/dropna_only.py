"""Clean a messy table of orders with pandas."""

import io

import pandas as pd


def read_orders(text: str) -> pd.DataFrame:
    """The CSV text as a DataFrame, exactly as pandas reads it."""
    return pd.read_csv(io.StringIO(text))


def parse_prices(prices: pd.Series) -> pd.Series:
    """Text such as "$1,200.50" as numbers (float64); a missing price stays missing."""
    digits = prices.str.replace("[$,]", "", regex=True)  # every "$" and every ","
    return pd.to_numeric(digits)


def clean_orders(raw: pd.DataFrame) -> pd.DataFrame:
    """The orders cleaned step by step, as the instructions say."""
    orders = raw.assign(
        customer=raw["customer"].str.strip().str.title(),
        city=raw["city"].str.strip().str.title(),
        price=parse_prices(raw["price"]),
    )
    orders = orders.dropna(subset=["customer"])
    orders = orders.drop_duplicates(subset="order_id", keep="first")
    orders["price"] = orders["price"].fillna(orders["price"].median())
    orders["quantity"] = orders["quantity"].fillna(1).astype("int64")
    orders["total"] = orders["price"] * orders["quantity"]
    return orders.reset_index(drop=True)
