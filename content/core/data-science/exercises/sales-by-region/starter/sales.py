"""Totals per region and per month with pandas groupby and pivot_table."""

from pathlib import Path

import pandas as pd

SALES_FILE = Path(__file__).parent / "data" / "sales.csv"


def load_sales() -> pd.DataFrame:
    """The file data/sales.csv, next to this module, as a DataFrame."""
    raise NotImplementedError("load_sales is not written yet")


def region_summary(sales: pd.DataFrame) -> pd.DataFrame:
    """Per region: total revenue, mean revenue per order line (2 decimals), number of lines."""
    raise NotImplementedError("region_summary is not written yet")


def monthly_pivot(sales: pd.DataFrame) -> pd.DataFrame:
    """Revenue per month (rows) and region (columns); 0 where a region sold nothing."""
    raise NotImplementedError("monthly_pivot is not written yet")


if __name__ == "__main__":
    sales = load_sales()
    print(region_summary(sales))
    print(monthly_pivot(sales))
