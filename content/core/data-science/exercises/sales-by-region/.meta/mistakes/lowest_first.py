"""Totals per region and per month with pandas groupby and pivot_table."""

from pathlib import Path

import pandas as pd

SALES_FILE = Path(__file__).parent / "data" / "sales.csv"


def load_sales() -> pd.DataFrame:
    """The file data/sales.csv, next to this module, as a DataFrame."""
    return pd.read_csv(SALES_FILE)


def region_summary(sales: pd.DataFrame) -> pd.DataFrame:
    """Per region: total revenue, mean revenue per order line (2 decimals), number of lines."""
    summary = sales.groupby("region").agg(
        revenue=("revenue", "sum"),
        mean_order=("revenue", "mean"),
        orders=("revenue", "size"),
    )
    summary["mean_order"] = summary["mean_order"].round(2)
    return summary.sort_values(["revenue", "region"], ascending=True)


def monthly_pivot(sales: pd.DataFrame) -> pd.DataFrame:
    """Revenue per month (rows) and region (columns); 0 where a region sold nothing."""
    return sales.pivot_table(
        index="month", columns="region", values="revenue", aggfunc="sum", fill_value=0
    )
