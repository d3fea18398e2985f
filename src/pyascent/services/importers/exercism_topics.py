"""Which pyascent topic ids an Exercism exercise practises, from the track's concept slugs.

Every pack exercise must name at least one topic of the catalogue, while a track names its
own concepts (`strings`, `list-methods`, `classes`...). Known slugs map exactly; others are
matched word by word (`string-formatting` -> strings); an exercise whose concepts match
nothing is filed under defining functions, which every Python exercise does, and the import
report says so instead of pretending to know.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyascent.course import topic_catalogue

FALLBACK_TOPIC = "fn.define-call"

# Concept slugs used by Exercism's tracks (the Python track's syllabus first).
EXACT: dict[str, tuple[str, ...]] = {
    "basics": ("basics.values", "fn.define-call"),
    "bools": ("basics.values",),
    "booleans": ("basics.values",),
    "none": ("basics.values",),
    "numbers": ("basics.operators",),
    "binary-octal-hexadecimal": ("basics.values",),
    "bitwise-operators": ("basics.operators",),
    "comparisons": ("flow.conditionals",),
    "conditionals": ("flow.conditionals",),
    "if-statements": ("flow.conditionals",),
    "loops": ("flow.loops",),
    "strings": ("basics.strings",),
    "string-methods": ("basics.strings",),
    "string-formatting": ("basics.strings",),
    "fstrings": ("basics.strings",),
    "lists": ("ds.lists",),
    "list-methods": ("ds.lists",),
    "tuples": ("ds.tuples",),
    "unpacking-and-multiple-assignment": ("ds.tuples",),
    "dicts": ("ds.dicts",),
    "dict-methods": ("ds.dicts",),
    "sets": ("ds.sets",),
    "comprehensions": ("ds.comprehensions",),
    "list-comprehensions": ("ds.comprehensions",),
    "sorting": ("ds.sorting",),
    "functions": ("fn.define-call",),
    "function-arguments": ("fn.arguments",),
    "higher-order-functions": ("fn.higher-order",),
    "anonymous-functions": ("fn.lambda",),
    "lambdas": ("fn.lambda",),
    "closures": ("fn.closures",),
    "recursion": ("fn.recursion",),
    "exceptions": ("err.try-except", "err.raise"),
    "raising-and-handling-errors": ("err.try-except", "err.raise"),
    "classes": ("oop.classes-objects",),
    "inheritance": ("oop.inheritance",),
    "dataclasses": ("oop.dataclasses",),
    "operator-overloading": ("oop.dunder",),
    "properties": ("oop.properties",),
    "iterators": ("iter.protocol",),
    "generators": ("iter.generators",),
    "generator-expressions": ("iter.generator-expressions",),
    "decorators": ("deco.basics",),
    "context-managers": ("ctx.contextmanager",),
    "regular-expressions": ("std.regex",),
    "datetime": ("std.datetime",),
    "collections": ("std.collections",),
    "itertools": ("std.itertools",),
    "random": ("std.math-random",),
    "type-hinting": ("types.hints",),
    "enums": ("oop.classes-objects",),
    "sequences": ("ds.lists", "ds.tuples"),
    "iteration": ("flow.loops",),
    "other-comprehensions": ("ds.comprehensions",),
    "aliasing": ("basics.mutability",),
    "bytes": ("basics.values",),
    "complex-numbers": ("basics.operators",),
    "fractions": ("basics.operators",),
    "class-inheritance": ("oop.inheritance",),
    "class-customization": ("oop.dunder",),
    "class-composition": ("oop.classes-objects",),
    "class-interfaces": ("oop.abstraction",),
    "rich-comparisons": ("oop.dunder",),
    "descriptors": ("adv.descriptors",),
    "context-manager-customization": ("ctx.class-based",),
    "with-statement": ("ctx.resources",),
    "functools": ("fn.higher-order",),
    "functional-tools": ("fn.higher-order",),
    "string-methods-splitting": ("basics.strings",),
    "text-processing": ("basics.strings",),
    "user-defined-errors": ("err.custom-exceptions",),
    "walrus-operator": ("basics.operators",),
    "number-variations": ("basics.operators",),
    "bitflags": ("basics.operators",),
    "binary-data": ("basics.values",),
    "memoryview": ("basics.values",),
    "unicode-regular-expressions": ("std.regex",),
    "testing": ("test.unittest",),
    "secrets": ("std.math-random",),
}

# One word of a slug -> topic, for slugs the table above does not know.
WORDS: dict[str, str] = {
    "string": "basics.strings",
    "strings": "basics.strings",
    "text": "basics.strings",
    "number": "basics.operators",
    "numbers": "basics.operators",
    "integers": "basics.operators",
    "floats": "basics.operators",
    "arithmetic": "basics.operators",
    "bools": "basics.values",
    "conditionals": "flow.conditionals",
    "loop": "flow.loops",
    "loops": "flow.loops",
    "list": "ds.lists",
    "lists": "ds.lists",
    "tuple": "ds.tuples",
    "tuples": "ds.tuples",
    "dict": "ds.dicts",
    "dicts": "ds.dicts",
    "dictionaries": "ds.dicts",
    "sets": "ds.sets",
    "comprehensions": "ds.comprehensions",
    "sorting": "ds.sorting",
    "functions": "fn.define-call",
    "recursion": "fn.recursion",
    "exceptions": "err.try-except",
    "errors": "err.try-except",
    "classes": "oop.classes-objects",
    "class": "oop.classes-objects",
    "objects": "oop.classes-objects",
    "inheritance": "oop.inheritance",
    "iterators": "iter.protocol",
    "generators": "iter.generators",
    "decorators": "deco.basics",
    "regex": "std.regex",
    "regular": "std.regex",
    "datetime": "std.datetime",
    "dates": "std.datetime",
    "files": "files.text-io",
    "json": "files.json",
    "csv": "files.csv",
}


def topics_for(concepts: Iterable[str]) -> tuple[str, ...]:
    """Catalogue topic ids for these concept slugs, in order, without repeats; () when none
    of them maps (the caller then files the exercise under FALLBACK_TOPIC and says so)."""
    known = topic_catalogue().ids()
    found: list[str] = []
    for slug in concepts:
        candidates = EXACT.get(slug) or tuple(
            WORDS[word] for word in slug.split("-") if word in WORDS
        )
        found.extend(t for t in candidates if t in known and t not in found)
    return tuple(found)
