"""Charts drawn on the server as SVG: no chart library, no CDN, readable without script."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape


def attempts_chart(per_day: dict[date, int], today: date, days: int = 28) -> str:
    """Bars of checks per day over the last `days` days, with an accessible summary."""
    width, height, gap = 560, 140, 2
    bar = (width - 40) / days - gap
    series = [(today - timedelta(days=days - 1 - i), 0) for i in range(days)]
    series = [(d, per_day.get(d, 0)) for d, _ in series]
    peak = max([n for _, n in series] + [1])
    total = sum(n for _, n in series)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height + 30}" role="img" '
        f'aria-labelledby="attempts-title attempts-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="attempts-title">Checks per day</title>',
        f'<desc id="attempts-desc">{total} checks in the last {days} days, '
        f"at most {peak} on one day.</desc>",
        f'<line x1="30" y1="{height}" x2="{width}" y2="{height}" class="axis"/>',
        f'<text x="0" y="12" class="label">{peak}</text>',
        f'<text x="0" y="{height}" class="label">0</text>',
    ]
    for index, (day, count) in enumerate(series):
        x = 34 + index * (bar + gap)
        tall = (height - 10) * count / peak
        parts.append(
            f'<rect x="{x:.1f}" y="{height - tall:.1f}" width="{bar:.1f}" height="{tall:.1f}" '
            f'class="bar"><title>{escape(day.isoformat())}: {count} checks</title></rect>'
        )
        if index % 7 == 0:
            parts.append(f'<text x="{x:.1f}" y="{height + 18}" class="label">{day:%d %b}</text>')
    parts.append("</svg>")
    return "".join(parts)


def progress_bar(done: int, total: int, label: str) -> str:
    """A labelled bar; the numbers are in the text too, not only in the picture."""
    share = 0 if total == 0 else done / total
    return (
        f'<div class="bar-row"><span class="bar-label">{escape(label)}</span>'
        f'<svg class="progress" viewBox="0 0 200 12" role="img" '
        f'aria-label="{escape(label)}: {done} of {total} done" '
        f'xmlns="http://www.w3.org/2000/svg"><rect width="200" height="12" class="track"/>'
        f'<rect width="{200 * share:.1f}" height="12" class="fill"/></svg>'
        f'<span class="bar-count">{done}/{total}</span></div>'
    )


def bars_chart(chart_id: str, title: str, rows: list[tuple[str, int]]) -> str:
    """Horizontal bars, one per labelled count; the summary lists every count in words."""
    width, row, label_width = 560, 22, 170
    peak = max([value for _, value in rows] + [1])
    height = row * len(rows) + 4
    said = ", ".join(f"{label}: {value}" for label, value in rows)
    parts = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(said)}.</desc>',
    ]
    span = width - label_width - 50
    for index, (label, value) in enumerate(rows):
        y = 2 + index * row
        long = span * value / peak
        parts.append(
            f'<text x="0" y="{y + 14}" class="label">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{long:.1f}" height="{row - 8}" '
            f'class="bar"/><text x="{label_width + long + 6:.1f}" y="{y + 14}" '
            f'class="label">{value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
