"""The pure mutator: each operator makes its mutant; bad and duplicate mutants are dropped."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator

import pytest

from pyascent.mutate import Mutant, mutants_of
from pyascent.mutate.operators import Change, Site


def mutants(source: str) -> list[Mutant]:
    return mutants_of(textwrap.dedent(source), "m.py")


def one_line(text: str) -> str:
    return ast.unparse(ast.parse(textwrap.dedent(text)))


CASES = [
    # (operator, source, a line the mutant must contain)
    ("boundary", "def f(a, b):\n    return a < b\n", "return a <= b"),
    ("boundary", "def f(a, b):\n    return a >= b\n", "return a > b"),
    ("compare", "def f(a, b):\n    return a < b\n", "return a >= b"),
    ("compare", "def f(a, b):\n    return a == b\n", "return a != b"),
    ("compare", "def f(a, b):\n    return a in b\n", "return a not in b"),
    ("number", "LIMIT = 5\n", "LIMIT = 6"),
    ("number", "LIMIT = 5\n", "LIMIT = 4"),
    ("number", "def f(xs):\n    return xs[0]\n", "return xs[1]"),
    ("arithmetic", "def f(a, b):\n    return a + b\n", "return a - b"),
    ("arithmetic", "def f(a, b):\n    return a // b\n", "return a / b"),
    ("arithmetic", "def f(a, b):\n    return a / b\n", "return a // b"),
    ("arithmetic", "def f(a):\n    a += 2\n    return a\n", "a -= 2"),
    ("arithmetic", "def f(a):\n    return -a\n", "return a"),
    ("boolean", "def f(a, b):\n    return a and b\n", "return a or b"),
    ("boolean", "def f(a, b):\n    return a or b\n", "return b"),
    ("negate", "def f(a):\n    if a.ok():\n        a.go()\n", "if not a.ok():"),
    ("negate", "def f(a):\n    return not a\n", "return a"),
    ("delete", "def f(xs):\n    xs.append(1)\n    return xs\n", "def f(xs):\n    return xs"),
    ("delete", "def f(a):\n    a = a.strip()\n    return a\n", "def f(a):\n    return a"),
    (
        "delete",
        "def f(xs):\n    for x in xs:\n        break\n",
        "for x in xs:\n        pass",
    ),
    (
        "delete",
        "def f(xs):\n    for x in xs:\n        if x:\n            continue\n        print(x)\n",
        "if x:\n            pass",
    ),
    (
        "branch",
        "def f(a):\n    if a:\n        return 1\n    else:\n        return 2\n",
        "def f(a):\n    return 2",
    ),
    (
        "branch",
        "def f(a):\n    if a:\n        a.go()\n    else:\n        a.stop()\n",
        "def f(a):\n    if a:\n        a.go()\n",
    ),
    ("return-none", "def f(a):\n    return a * 2\n", "return None"),
    ("swap-args", "def f(a, b):\n    return g(a, b)\n", "return g(b, a)"),
    ("drop-call", "def f(s):\n    return s.strip()\n", "return s\n"),
    ("drop-call", "def f(s):\n    return s.lower().split()\n", "return s.split()"),
    ("drop-call", "def f(xs):\n    return sorted(xs)\n", "return list(xs)"),
    ("drop-call", "def f(x):\n    return round(x, 2)\n", "return x\n"),
    ("number", "def f(x):\n    return round(x, 2)\n", "return round(x, 3)"),
    ("keyword", "def f(xs):\n    return sorted(xs, key=len)\n", "return sorted(xs)"),
    ("keyword", "def f(xs):\n    return sorted(xs)\n", "sorted(xs, reverse=True)"),
    ("keyword", "def f(xs):\n    xs.sort()\n", "xs.sort(reverse=True)"),
    ("constant", "def f(xs):\n    return sorted(xs, reverse=True)\n", "reverse=False"),
    ("swap-call", "def f(xs):\n    return min(xs)\n", "return max(xs)"),
    ("swap-call", "def f(xs):\n    return any(xs)\n", "return all(xs)"),
    ("slice", "def f(xs):\n    return xs[1:3]\n", "return xs[:3]"),
    ("slice", "def f(xs):\n    return xs[1:3]\n", "return xs[1:]"),
    ("slice", "def f(xs):\n    return xs[::-1]\n", "return xs[:]"),
    ("string", "def f(xs):\n    return ', '.join(xs)\n", "return ''.join(xs)"),
    ("string", "def f():\n    return ''\n", "return 'XX'"),
    ("format", "def f(x):\n    return f'{x:.2f}'\n", "return f'{x}'"),
    ("default", "def f(x, times=3):\n    return x * times\n", "def f(x, times=4):"),
    ("default", "def f(x, loud=False):\n    return x\n", "def f(x, loud=True):"),
]


@pytest.mark.parametrize(("operator", "source", "expected"), CASES)
def test_each_operator_makes_its_mutant(operator: str, source: str, expected: str) -> None:
    found = [m for m in mutants(source) if m.operator == operator]
    assert any(expected in m.source + "\n" for m in found), (
        f"no {operator} mutant containing {expected!r}; got: " + "; ".join(m.source for m in found)
    )


def test_a_mutant_carries_its_line_a_description_and_a_readable_diff() -> None:
    source = "def share(total, people):\n    # whole cents\n    return total // people\n"
    (mutant,) = [m for m in mutants(source) if m.operator == "arithmetic"]
    assert mutant.line == 3
    assert mutant.description == "// becomes /"
    assert mutant.file == "m.py"
    assert "-    return total // people\n+    return total / people\n" in mutant.diff
    assert mutant.diff.startswith("--- m.py\n+++ m.py (mutant)\n")
    assert mutant.as_dict()["diff"] == mutant.diff


def test_docstrings_and_annotations_are_left_alone() -> None:
    source = '''
    def f(a: "int", b: int = 2) -> "str":
        """Joins a and b with a comma."""
        return f"{a},{b}"
    '''
    found = mutants(source)
    assert not any("Joins" not in m.source for m in found), "the docstring was changed"
    assert all('a: "int"' in m.source or "a: 'int'" in m.source for m in found)
    assert all("-> 'str'" in m.source for m in found)


def test_mutants_that_do_not_compile_are_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    def breaks_out_of_nothing(site: Site) -> Iterator[Change]:
        if isinstance(site.node, ast.Return):
            yield Change("bad", "break outside a loop", lambda n: ast.Break())
            yield Change("good", "return 0", lambda n: ast.Return(value=ast.Constant(0)))

    monkeypatch.setattr("pyascent.mutate.engine.changes", breaks_out_of_nothing)
    found = mutants("def f():\n    return 1\n")
    assert [m.operator for m in found] == ["good"]


def test_identical_mutants_are_kept_once() -> None:
    found = mutants("def f(a):\n    return a and a\n")
    dropped = [m for m in found if "dropped" in m.description]
    assert len(dropped) == 1
    assert len({m.source for m in found}) == len(found)
    assert all(m.source != one_line("def f(a):\n    return a and a\n") for m in found)


def test_order_and_ids_are_deterministic_and_ids_unique() -> None:
    source = "def f(a, b):\n    if a < b:\n        return a - 1\n    return b + 1\n"
    first, second = mutants(source), mutants(source)
    assert [(m.id, m.source) for m in first] == [(m.id, m.source) for m in second]
    assert len({m.id for m in first}) == len(first)
    lines = [m.line for m in first]
    assert lines == sorted(lines), "mutants come in the order of the source"


def test_ids_survive_edits_elsewhere_and_change_with_the_mutated_line() -> None:
    base = "def f(a):\n    return a + 1\n"
    moved = "import math\n\n\ndef g():\n    return math.pi\n\n\ndef f(a):\n    return a + 1\n"
    edited = "def f(a):\n    return a + 2\n"
    ids = {m.id for m in mutants(base)}
    assert ids <= {m.id for m in mutants(moved)}
    assert not ids & {m.id for m in mutants(edited)}


def test_the_same_line_twice_gets_two_ids() -> None:
    found = mutants("def f(a):\n    a.go(1)\n    a.go(1)\n")
    deletions = [m for m in found if m.operator == "delete"]
    assert len(deletions) == 1 or deletions[0].id != deletions[1].id
    assert len({m.id for m in found}) == len(found)


def test_a_source_that_does_not_parse_raises_syntax_error() -> None:
    with pytest.raises(SyntaxError):
        mutants_of("def f(:\n", "m.py")


def test_prompts_and_arguments_that_commute_are_not_mutated() -> None:
    found = mutants("name = input('Your name: ')\nsmall = min(name, 'z')\nprint(name, small)\n")
    assert not any("input('')" in m.source for m in found)
    assert not any("min('z', name)" in m.source for m in found)
    assert any("print(small, name)" in m.source for m in found)
