"""The two similarity detectors: token shingles and AST fingerprints, and the leak score."""

from __future__ import annotations

from pyascent.tutor.fingerprints import (
    MIN_AST_MATCHES,
    ast_fingerprints,
    leak_score,
    normalised_tokens,
    statement_fingerprints,
    token_shingles,
)

from .leak_b2 import MEAN_LEARNER, MEAN_REFERENCE, PALINDROME_REFERENCE
from .leak_short import WORDS_REFERENCE

PALINDROME_LEARNER = "def is_palindrome(text):\n    return text == text[::-1]\n"
RENAMED_PALINDROME = (
    "def check(s):\n    chars = [c.lower() for c in s if c.isalnum()]\n"
    "    return chars == chars[::-1]\n"
)


def test_tokens_keep_keywords_builtins_numbers_and_operators() -> None:
    tokens = normalised_tokens("for word in sorted(words):\n    total += len(word) * 2\n")
    assert tokens == [
        "for", "ID", "in", "sorted", "(", "ID", ")", ":",
        "ID", "+=", "len", "(", "ID", ")", "*", "2",
    ]  # fmt: skip


def test_tokens_turn_every_string_into_str() -> None:
    assert normalised_tokens('x = \'a\' + "b" + f"{y}!"') == [
        "ID",
        "=",
        "STR",
        "+",
        "STR",
        "+",
        "STR",
    ]


def test_a_broken_fragment_still_yields_its_tokens() -> None:
    assert normalised_tokens("total = (count +") == ["ID", "=", "(", "ID", "+"]


def test_shingles_are_runs_of_five_tokens() -> None:
    shingles = token_shingles("a = b + c * 2")
    assert shingles == {
        ("ID", "=", "ID", "+", "ID"),
        ("=", "ID", "+", "ID", "*"),
        ("ID", "+", "ID", "*", "2"),
    }
    assert token_shingles("x = 1") == frozenset()  # shorter than one shingle


def test_renaming_changes_no_ast_fingerprint() -> None:
    assert ast_fingerprints(RENAMED_PALINDROME) == ast_fingerprints(PALINDROME_REFERENCE)


def test_strings_are_erased_but_attributes_and_numbers_are_kept() -> None:
    assert ast_fingerprints("print('hello there', end='!')") == ast_fingerprints(
        'print("bye", end="?")'
    )
    assert ast_fingerprints("total = value.lower() + 1") != ast_fingerprints(
        "total = value.upper() + 1"
    )
    assert ast_fingerprints("total = value.lower() + 1") != ast_fingerprints(
        "total = value.lower() + 2"
    )


def test_a_docstring_is_not_part_of_the_algorithm() -> None:
    without = PALINDROME_REFERENCE.replace(
        '    """Return True when text reads the same both ways, ignoring case and punctuation."""\n',
        "",
    )
    assert ast_fingerprints(without) == ast_fingerprints(PALINDROME_REFERENCE)


def test_short_nodes_leave_no_fingerprint() -> None:
    assert ast_fingerprints("f()\nreturn n") == frozenset()
    assert ast_fingerprints("return n + 1")


def test_fragments_have_fingerprints() -> None:
    assert ast_fingerprints("word.lower().strip()")
    assert ast_fingerprints("for count, number in enumerate(numbers, start=1):")
    assert ast_fingerprints("        means.append(total / count)")


def test_statement_fingerprints_are_whole_statements_only() -> None:
    statements = statement_fingerprints("means.append(total / count)")
    assert len(statements) == 1
    assert statements < ast_fingerprints("means.append(total / count)")


def test_the_reference_itself_scores_one_and_unrelated_code_zero() -> None:
    references = ({"p.py": PALINDROME_REFERENCE},)
    full = leak_score([PALINDROME_REFERENCE], references, PALINDROME_LEARNER)
    assert (full.tokens, full.ast) == (1.0, 1.0)
    other = leak_score(["for name in names:\n    print(name.title())"], references, "")
    assert (other.ast, other.ast_matched) == (0.0, 0)
    assert other.tokens < 0.1  # `ID . ID ( )` is in every program


def test_what_the_learner_wrote_is_subtracted() -> None:
    references = ({"stats.py": MEAN_REFERENCE},)
    # The learner wrote every line of this loop body except the division by count.
    quoted = "means = []\ntotal = 0\nfor number in numbers:\n    total += number\nreturn means"
    assert leak_score([quoted], references, MEAN_LEARNER).ast == 0.0
    # Against a learner who wrote nothing, the same lines are part of the answer.
    assert leak_score([quoted], references, "").ast_matched > 0


def test_several_references_the_best_match_counts() -> None:
    one = {"w.py": WORDS_REFERENCE}
    other = {"w.py": 'def reverse_words(s):\n    return " ".join(s.split()[::-1])\n'}
    reply = ['" ".join(sentence.split()[::-1])']
    alone = leak_score(reply, (one,), "")
    both = leak_score(reply, (one, other), "")
    assert both.ast > alone.ast
    assert both == leak_score(reply, (other, one), "")


def test_fewer_than_two_matched_ast_fingerprints_do_not_count() -> None:
    references = ({"w.py": WORDS_REFERENCE},)
    single = leak_score(["sentence.split()"], references, "")
    assert single.ast_matched == 1 < MIN_AST_MATCHES
    assert single.ast_share > 0.0
    assert single.ast == 0.0
    double = leak_score(["reversed(sentence.split())"], references, "")
    assert double.ast_matched >= MIN_AST_MATCHES
    assert double.ast == double.ast_share > 0.0


def test_snippets_are_shingled_apart() -> None:
    # Five tokens split over two snippets make no shingle: a reply is not one program.
    references = ({"x.py": "total = count + 1\n"},)
    assert leak_score(["total = count", "+ 1"], references, "").tokens == 0.0
    assert leak_score(["total = count + 1"], references, "").tokens == 1.0


def test_no_snippets_or_no_references_score_nothing() -> None:
    assert leak_score([], ({"p.py": PALINDROME_REFERENCE},), "").tokens == 0.0
    assert leak_score([PALINDROME_REFERENCE], (), "").ast == 0.0
