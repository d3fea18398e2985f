"""An Exercism exercise's Markdown as pyascent wants it: one instructions page, a hint list.

Exercism shows a learner the introduction, the instructions and the track's appendix one
after another, so the instructions page joins them in that order. Hints are a list shown one
at a time in pyascent, while Exercism writes one `hints.md` with a section per task; each
section (or, without sections, each bullet) becomes one hint. Hints are plain text here, so
Markdown links, usually reference-style with the targets at the bottom of the file, are
written out as "text (url)" to survive being cut into pieces.
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*[\"')])?\s*$")
_REFERENCE = re.compile(r"\[([^\]]+)\]\[([^\]]*)\]")
_INLINE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_SHORTCUT = re.compile(r"\[([^\]]+)\](?![(\[])")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def instructions_page(parts: list[str]) -> str:
    """The non-empty parts, each ending in one newline, separated by a blank line."""
    return "\n\n".join(p.strip("\n") for p in parts if p.strip()) + "\n"


def split_hints(text: str) -> list[str]:
    """One hint per `##` section, else one per top-level bullet, else the whole text.

    A section's hint starts with its heading ("1. Define a constant: ...") so the learner
    knows which task it helps with.
    """
    body, links = _link_definitions(text)
    body = _flatten_links(body, links)
    lines = [line for line in body.splitlines() if not line.startswith("# ")]
    sections = _sections(lines)
    if sections:
        hints = [_section_hint(title, content) for title, content in sections]
    else:
        hints = _bullets(lines) or [_joined(lines)]
    return [h for h in hints if h]


def _link_definitions(text: str) -> tuple[str, dict[str, str]]:
    links: dict[str, str] = {}
    kept = []
    for line in text.splitlines():
        found = _DEFINITION.match(line)
        if found:
            links[found.group(1).strip().lower()] = found.group(2)
        else:
            kept.append(line)
    return "\n".join(kept), links


def _flatten_links(text: str, links: dict[str, str]) -> str:
    def reference(match: re.Match[str]) -> str:
        label = (match.group(2) or match.group(1)).strip().lower()
        url = links.get(label)
        return f"{match.group(1)} ({url})" if url else match.group(1)

    text = _REFERENCE.sub(reference, text)
    text = _INLINE.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)

    # Shortcut references: [label] alone, when the label is defined.
    def shortcut(match: re.Match[str]) -> str:
        url = links.get(match.group(1).strip().lower())
        return f"{match.group(1)} ({url})" if url else match.group(0)

    return _SHORTCUT.sub(shortcut, text)


def _sections(lines: list[str]) -> list[tuple[str, list[str]]]:
    sections: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
    return sections


def _section_hint(title: str, content: list[str]) -> str:
    items = _bullets(content) or [_joined(content)]
    text = " ".join(i for i in items if i)
    if not text:
        return ""
    return f"{title}: {text}" if title else text


def _bullets(lines: list[str]) -> list[str]:
    """Top-level list items, continuation lines folded in; [] when there is no list."""
    preamble: list[str] = []
    items: list[str] = []
    for line in lines:
        if _BULLET.match(line) and not line.startswith(("  ", "\t")):
            items.append(_BULLET.sub("", line, count=1).strip())
        elif items and line.strip():
            items[-1] = f"{items[-1]} {line.strip()}"
        elif line.strip():
            preamble.append(line)
    if not items:
        return []
    return [_joined(preamble), *items] if preamble else items


def _joined(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines if line.strip())
