from plot import plot_week

TEMPS = [3.5, 4.0, 6.25, 5.0, 2.0, 1.5, 3.0]


def test_one_line_of_the_temperatures(show_figure):
    """One line: days 1 to 7 across, the temperatures up."""
    fig = plot_week(TEMPS)
    show_figure(fig)
    ax = fig.axes[0]
    assert len(ax.lines) == 1, "draw one line with ax.plot"
    line = ax.lines[0]
    assert list(line.get_xdata()) == [1, 2, 3, 4, 5, 6, 7], "put days 1 to 7 across"
    assert list(line.get_ydata()) == TEMPS, "put the temperatures up"


def test_titled(show_figure):
    """The figure is titled "Week"."""
    fig = plot_week(TEMPS)
    show_figure()  # pyplot's current figure: the one just drawn
    assert fig.axes[0].get_title() == "Week", 'title it "Week" with ax.set_title'
