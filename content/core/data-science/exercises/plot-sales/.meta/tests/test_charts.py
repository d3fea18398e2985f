import numpy as np
import pandas as pd
import pytest

from charts import plot_sales

PIVOT = pd.DataFrame(
    [[250, 128, 150, 0], [234, 332, 150, 24], [0, 36, 336, 114], [232, 207, 332, 24]],
    index=pd.Index(["2024-01", "2024-02", "2024-03", "2024-04"], name="month"),
    columns=pd.Index(["East", "North", "South", "West"], name="region"),
)

SMALL = pd.DataFrame(
    [[10, 40], [30, 20], [50, 25]],
    index=pd.Index(["2023-10", "2023-11", "2023-12"], name="month"),
    columns=pd.Index(["Harbour", "Airport"], name="region"),
)


def two_axes(fig):
    """The figure's two Axes: the line chart on the left, the bar chart on the right."""
    assert hasattr(fig, "savefig") and hasattr(fig, "axes"), (
        "plot_sales should return the matplotlib Figure it drew on: "
        "fig, (trend, totals) = plt.subplots(1, 2, ...), then return fig"
    )
    axes = list(fig.axes)
    assert len(axes) == 2, (
        f"The figure should have exactly 2 Axes (a line chart and a bar chart side by side), "
        f"not {len(axes)}: plt.subplots(1, 2)"
    )
    return axes


def test_two_charts_side_by_side(show_figure):
    """plot_sales returns a new Figure, 10 x 4 inches, with two Axes side by side."""
    fig = plot_sales(PIVOT)
    show_figure(fig)
    trend, totals = two_axes(fig)
    left, right = trend.get_position(), totals.get_position()
    assert left.x1 <= right.x0 and left.y0 == pytest.approx(right.y0), (
        "The two charts should be side by side, the line chart on the left and the bar "
        "chart on the right (one row, two columns): plt.subplots(1, 2), not plt.subplots(2, 1)"
    )
    size = [float(inches) for inches in fig.get_size_inches()]
    assert size == [10.0, 4.0], (
        f"The figure should be 10 inches wide and 4 high (figsize=(10, 4)), not {size}"
    )


def test_one_line_per_region(show_figure):
    """The left chart has one line per region, its revenue month by month, with a dot per month."""
    fig = plot_sales(PIVOT)
    show_figure(fig)
    trend, _ = two_axes(fig)
    lines = list(trend.lines)
    assert len(lines) == 4, (
        f"The left chart should have 4 lines, one per region (a column of the pivot), not "
        f"{len(lines)}. Draw each with trend.plot(...), on the left Axes, not with plt.plot"
    )
    for line, region in zip(lines, PIVOT.columns):
        ys = np.asarray(line.get_ydata()).tolist()
        assert ys == PIVOT[region].tolist(), (
            f"The line for {region} should go through {PIVOT[region].tolist()}, its column of "
            f"the pivot (the lines in the order of the columns), not {ys}"
        )
        xs = [str(x) for x in np.asarray(line.get_xdata()).tolist()]
        assert xs == list(PIVOT.index), (
            f"The x values of each line should be the months {list(PIVOT.index)} (the "
            f"pivot's index), not {xs}"
        )
        assert line.get_marker() == "o", (
            f"Each line should show a dot at every month (marker='o'), not {line.get_marker()!r}"
        )


def test_line_chart_titles_labels_and_legend(show_figure):
    """The left chart has a title, axis labels and a legend naming each region."""
    fig = plot_sales(PIVOT)
    show_figure(fig)
    trend, _ = two_axes(fig)
    assert trend.get_title() == "Monthly revenue", (
        f"The left chart's title should be 'Monthly revenue', not {trend.get_title()!r}"
    )
    assert trend.get_xlabel() == "Month" and trend.get_ylabel() == "Revenue ($)", (
        "The left chart's axes should be labelled 'Month' (x) and 'Revenue ($)' (y): "
        "set_xlabel and set_ylabel"
    )
    legend = trend.get_legend()
    assert legend is not None, (
        "The left chart should have a legend: give each line label=region and call trend.legend()"
    )
    texts = [text.get_text() for text in legend.get_texts()]
    assert texts == list(PIVOT.columns), (
        f"The legend should name the regions {list(PIVOT.columns)}, not {texts}: "
        "plot each line with label=region"
    )


def test_bars_are_totals_highest_first(show_figure):
    """The right chart has one bar per region, its total revenue, highest first."""
    fig = plot_sales(PIVOT)
    show_figure(fig)
    _, totals = two_axes(fig)
    heights = [float(bar.get_height()) for bar in totals.patches]
    assert sorted(heights) == [162.0, 703.0, 716.0, 968.0], (
        "The right chart should have 4 bars, each region's total revenue over the months "
        f"(East 716, North 703, South 968, West 162), not {heights}: pivot.sum() adds up "
        "each column"
    )
    assert heights == [968.0, 716.0, 703.0, 162.0], (
        f"The bars should come highest first (968, 716, 703, 162), not {heights}: sort the "
        "totals with sort_values(ascending=False) before you draw them"
    )
    names = [label.get_text() for label in totals.get_xticklabels()]
    assert names == ["South", "East", "North", "West"], (
        f"Each bar should be labelled with its region: South, East, North, West, not {names}. "
        "Give totals.bar the region names as x"
    )
    assert totals.get_title() == "Total revenue by region" and totals.get_ylabel() == "Revenue ($)", (
        "The right chart's title should be 'Total revenue by region' and its y label "
        "'Revenue ($)'"
    )


def test_another_pivot_gets_its_own_figure(show_figure):
    """Each call draws a new figure from the pivot it is given."""
    first = plot_sales(PIVOT)
    fig = plot_sales(SMALL)
    show_figure(fig)
    assert fig is not first, "Each call of plot_sales should make a new figure with plt.subplots"
    trend, totals = two_axes(fig)
    lines = list(trend.lines)
    assert len(lines) == 2, (
        f"For a pivot with 2 regions the left chart should have 2 lines, not {len(lines)}: "
        "draw the lines on the left Axes of a new figure each time (plt.subplots in plot_sales)"
    )
    assert [np.asarray(line.get_ydata()).tolist() for line in lines] == [[10, 30, 50], [40, 20, 25]], (
        "For the pivot of Harbour and Airport the lines should be [10, 30, 50] and [40, 20, 25]"
    )
    heights = [float(bar.get_height()) for bar in totals.patches]
    assert heights == [90.0, 85.0], (
        f"For Harbour (90) and Airport (85) the bars should be [90, 85], not {heights}"
    )
