"""Join a table of orders to a table of customers with pandas."""

import io

import pandas as pd

CUSTOMERS = """customer_id,name,country
1,Ana,PT
2,Ben,UK
3,Chloé,FR
4,Dev,UK
5,Eli,DE
"""

ORDERS = """order_id,customer_id,amount
10,2,30.0
11,1,12.5
12,7,99.0
13,2,20.0
14,3,5.0
15,8,1.0
16,4,45.5
"""


def orders_with_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """Every order with its customer's name and country ("unknown" when there is none)."""
    raise NotImplementedError("orders_with_customers is not written yet")


def matched_orders(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """Only the orders whose customer is known, with the name and country."""
    raise NotImplementedError("matched_orders is not written yet")


def orders_without_customer(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """The orders whose customer_id is not in customers, rows numbered from 0."""
    raise NotImplementedError("orders_without_customer is not written yet")


def revenue_by_country(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.Series:
    """Total amount per country, "unknown" included, the largest first."""
    raise NotImplementedError("revenue_by_country is not written yet")


if __name__ == "__main__":
    customers = pd.read_csv(io.StringIO(CUSTOMERS))
    orders = pd.read_csv(io.StringIO(ORDERS))
    print(orders_with_customers(orders, customers))
    print(matched_orders(orders, customers))
    print(orders_without_customer(orders, customers))
    print(revenue_by_country(orders, customers))
