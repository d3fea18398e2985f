"""Two charts of a café chain's sales, side by side, with matplotlib."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure


def plot_sales(pivot: pd.DataFrame) -> Figure:
    """A line per region over the months (left) and the regions' totals as bars (right)."""
    fig, (trend, totals) = plt.subplots(1, 2, figsize=(10, 4))
    months = list(pivot.index)
    for region in pivot.columns:
        trend.plot(months, pivot[region], marker="o", label=region)
    trend.set_title("Monthly revenue")
    trend.set_xlabel("Month")
    trend.set_ylabel("Revenue ($)")
    trend.legend()

    ranked = pivot.sum()
    totals.bar(list(ranked.index), ranked.to_numpy())
    totals.set_title("Total revenue by region")
    totals.set_ylabel("Revenue ($)")
    return fig
