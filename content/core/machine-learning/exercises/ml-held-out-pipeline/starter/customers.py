"""Make a table of pretend customers, some of whom leave (churned = 1). Nothing is downloaded.

    from customers import make_customers
    table = make_customers(800, seed=0)
"""

import numpy as np
import pandas as pd


def make_customers(n: int, seed: int = 0) -> pd.DataFrame:
    """n customers: three numeric columns, two categorical ones, a few holes, and the label churned."""
    rng = np.random.default_rng(seed)
    tenure = rng.integers(1, 73, n)  # months as a customer
    fee = rng.uniform(20, 120, n).round(2)
    calls = rng.poisson(2.0, n)  # calls to the support line
    contract = rng.choice(["monthly", "yearly", "two-year"], n, p=[0.5, 0.3, 0.2])
    payment = rng.choice(["card", "transfer", "cash"], n)
    effect = pd.Series(contract).map({"monthly": 1.6, "yearly": -0.6, "two-year": -2.0}).to_numpy()
    logit = 2.0 * (-0.5 + 0.7 * (calls - 2) - 0.045 * (tenure - 36) + 0.025 * (fee - 70) + effect)
    churned = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    table = pd.DataFrame(
        {
            "tenure_months": tenure,
            "monthly_fee": fee,
            "support_calls": calls,
            "contract": contract,
            "payment": payment,
            "churned": churned,
        }
    )
    table.loc[rng.random(n) < 0.08, "monthly_fee"] = np.nan
    table.loc[rng.random(n) < 0.05, "contract"] = None
    return table
