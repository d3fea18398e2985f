"""The cohort x exercise grid as one HTML table, built with plain string joins.

Why not a Jinja loop: 300 students x 200 exercises is 60,000 cells, and the grid must be
served in well under 300 ms; a template loop over that many cells costs several times a
join of small escaped strings. The markup stays semantic: a caption, column and row
headers, and a cell text that says the state in words for screen readers.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from pyascent.services.class_views import NOT_STARTED, PASSED, Grid

LEGEND = (
    '<p class="legend"><span class="g-passed">✓ passed</span> '
    '<span class="g-trying">N · Mm: trying, N checks, M minutes since the last new passing '
    'test</span> <span class="g-none">· not started</span></p>'
)


def grid_table(grid: Grid, cohort_id: int, assignment: int | None, refresh: int) -> str:
    query = f"?assignment={assignment}" if assignment is not None else ""
    poll = (
        f' hx-get="/classes/{cohort_id}/grid{query}" hx-trigger="every {refresh}s"'
        ' hx-swap="outerHTML"'
        if refresh
        else ""
    )
    head = "".join(
        f'<th scope="col" title="{escape(title)}"><a href="/classes/{cohort_id}/clusters/'
        f'{quote(key)}">{escape(key)}</a></th>'
        for key, title in grid.exercises
    )
    keys = [quote(key) for key, _ in grid.exercises]
    rows = []
    for row in grid.rows:
        who = quote(row.member.username)
        base = f"/classes/{cohort_id}/students/{who}/"
        cells = []
        for key, cell in zip(keys, row.cells, strict=True):
            if cell.state == NOT_STARTED:
                cells.append('<td class="g-none">·</td>')
            elif cell.state == PASSED:
                cells.append(f'<td class="g-passed"><a href="{base}{key}">✓</a></td>')
            else:
                idle = "" if cell.minutes_idle is None else f" · {cell.minutes_idle}m"
                hot = " g-hot" if cell.fails_in_row >= 5 else ""
                cells.append(
                    f'<td class="g-trying{hot}"><a href="{base}{key}">{cell.runs}{idle}</a></td>'
                )
        name = escape(row.member.display_name)
        rows.append(
            f'<tr><th scope="row">{name}</th><td class="g-count">{row.passed}</td>'
            + "".join(cells)
            + "</tr>"
        )
    stamp = grid.at.strftime("%H:%M:%S UTC")
    return (
        f'<div id="grid" class="grid-wrap"{poll}>'
        f'<p class="muted" role="status">{len(grid.rows)} students · '
        f"{len(grid.exercises)} exercises · as of {stamp}</p>{LEGEND}"
        '<table class="grid"><caption>Who is where</caption>'
        f'<thead><tr><th scope="col">Student</th><th scope="col">Passed</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
