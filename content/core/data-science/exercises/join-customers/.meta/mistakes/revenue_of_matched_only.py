"""Join a table of orders to a table of customers with pandas."""

import pandas as pd


def orders_with_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """Every order with its customer's name and country ("unknown" when there is none)."""
    joined = orders.merge(customers, on="customer_id", how="left", validate="many_to_one")
    joined[["name", "country"]] = joined[["name", "country"]].fillna("unknown")
    return joined


def matched_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """Only the orders whose customer is known, with the name and country."""
    return orders.merge(customers, on="customer_id", how="inner", validate="many_to_one")


def orders_without_customer(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """The orders whose customer_id is not in customers, rows numbered from 0."""
    unknown = ~orders["customer_id"].isin(customers["customer_id"])
    return orders[unknown].reset_index(drop=True)


def revenue_by_country(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.Series:
    """Total amount per country, "unknown" included, the largest first."""
    joined = matched_orders(orders, customers)
    totals = joined.groupby("country")["amount"].sum()
    return totals.sort_values(ascending=False)
