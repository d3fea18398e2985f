"""A lesson cut at its headings, each part with a stable anchor.

The tutor cites lessons by section (`module/lesson#section`), the web page gives every
heading the same id, and retrieval ranks sections, not whole lessons: one slug function
serves all three, so a citation always lands on the heading it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyascent.course.model import Lesson, Module

_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Section:
    anchor: str  # module/lesson#slug: unique in a course
    module_id: str
    lesson_slug: str
    lesson_title: str
    slug: str  # the heading's id on the lesson page
    heading: str
    text: str  # the section's Markdown, its heading included


def heading_slug(text: str) -> str:
    """'Functions in exercises: `return` versus print' -> 'functions-in-exercises-return-versus-print'."""
    words = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("`", "")).strip("-")
    return words or "section"


def unique_slugs(headings: list[str]) -> list[str]:
    """Slugs in order; a repeated heading gets -2, -3... as on the page."""
    seen: dict[str, int] = {}
    slugs = []
    for heading in headings:
        slug = heading_slug(heading)
        seen[slug] = seen.get(slug, 0) + 1
        slugs.append(slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
    return slugs


def lesson_sections(module: Module, lesson: Lesson) -> tuple[Section, ...]:
    """The lesson's parts at headings of levels 1 to 3, outside code fences."""
    parts: list[tuple[str, list[str]]] = []
    in_fence = False
    for line in lesson.body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        found = None if in_fence else _HEADING.match(line)
        if found:
            parts.append((_plain(found.group(2)), [line]))
        elif parts:
            parts[-1][1].append(line)
        else:
            parts.append((lesson.title, [line]))
    slugs = unique_slugs([heading for heading, _ in parts])
    return tuple(
        Section(
            anchor=f"{module.id}/{lesson.slug}#{slug}",
            module_id=module.id,
            lesson_slug=lesson.slug,
            lesson_title=lesson.title,
            slug=slug,
            heading=heading,
            text="\n".join(lines).strip(),
        )
        for (heading, lines), slug in zip(parts, slugs, strict=True)
    )


def _plain(heading: str) -> str:
    return heading.replace("`", "").strip()
