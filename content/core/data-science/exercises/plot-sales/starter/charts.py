"""Two charts of a café chain's sales, side by side, with matplotlib."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

PIVOT = pd.DataFrame(
    [[250, 128, 150, 0], [234, 332, 150, 24], [0, 36, 336, 114], [232, 207, 332, 24]],
    index=pd.Index(["2024-01", "2024-02", "2024-03", "2024-04"], name="month"),
    columns=pd.Index(["East", "North", "South", "West"], name="region"),
)


def plot_sales(pivot: pd.DataFrame) -> Figure:
    """A line per region over the months (left) and the regions' totals as bars (right)."""
    raise NotImplementedError("plot_sales is not written yet")


if __name__ == "__main__":
    plot_sales(PIVOT).savefig("sales.png")
    print("saved sales.png")
