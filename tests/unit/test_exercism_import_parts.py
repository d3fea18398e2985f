"""The Exercism importer's parts: hints from hints.md, topics from concepts, TOML out."""

from __future__ import annotations

import tomllib

from pyascent.course import topic_catalogue
from pyascent.services.importers.exercism_docs import split_hints
from pyascent.services.importers.exercism_topics import EXACT, WORDS, topics_for
from pyascent.services.importers.pack_toml import toml_document
from tests.unit.test_exercism_import import HINTS


def test_hints_one_per_section_with_links_written_out() -> None:
    hints = split_hints(HINTS)
    assert hints[0] == "General: Read about constants (https://docs.python.org/3/tutorial/) first."
    assert hints[1].startswith("1. Say how long the oven preheats: Give the constant a whole")
    assert hints[1].endswith("value, not a string.")
    assert "return (https://docs.python.org/3/reference/simple_stmts.html#return)" in hints[2]
    assert hints[2].endswith("the result, as in `times[i] - 1`.")  # [i] is no link


def test_hints_without_sections() -> None:
    assert split_hints("# Hints\n\n- one [doc](https://x.org)\n- two\n") == [
        "one doc (https://x.org)",
        "two",
    ]
    assert split_hints("# Hints\n\nThink about\nloops.\n") == ["Think about loops."]
    assert split_hints("# Hints\n\n") == []
    assert split_hints("Intro words.\n\n* a\n  * nested\n* b\n") == [
        "Intro words.",
        "a * nested",
        "b",
    ]


def test_every_mapped_topic_is_in_the_catalogue() -> None:
    known = topic_catalogue().ids()
    assert {t for topics in EXACT.values() for t in topics} <= known
    assert set(WORDS.values()) <= known
    assert topics_for(["string-methods", "lists"]) == ("basics.strings", "ds.lists")
    assert topics_for(["fancy-dict-tricks"]) == ("ds.dicts",)
    assert topics_for(["quux"]) == ()


def test_toml_strings_survive_a_round_trip() -> None:
    tricky = 'quote " backslash \\ newline\n tab\t DEL\x7f bell\x07 é 🐍'
    text = toml_document([("a", tricky), ("b", 3), ("c", [tricky, "x" * 100]), ("d", [1, 2])])
    assert tomllib.loads(text) == {"a": tricky, "b": 3, "c": [tricky, "x" * 100], "d": [1, 2]}
