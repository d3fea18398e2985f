"""Finding code in a reply: fenced, inline, and unfenced in the prose."""

from __future__ import annotations

from pyascent.tutor.context import Level, TutorTurn
from pyascent.tutor.fragments import parse_fragment, parse_pieces
from pyascent.tutor.replycode import code_runs_in_prose, find_code, turn_code


def test_fenced_blocks_with_and_without_a_language() -> None:
    text = "First:\n```python\nx = 1\n```\nthen\n```\ny = 2\nprint(y)\n```\nDone."
    assert find_code(text) == ["x = 1", "y = 2\nprint(y)"]


def test_an_open_fence_runs_to_the_end_and_text_glued_after_a_fence_is_prose() -> None:
    assert find_code("Look:\n```py\nx = 1\n") == ["x = 1"]
    glued = "Skeleton:\n```python\nn = ___\n``` Then return n on line 2."
    assert find_code(glued) == ["n = ___"]


def test_inline_spans_of_one_two_or_three_backticks() -> None:
    text = "Use `word.lower()`, or ``a `b` c``, or ```x = 2``` here."
    assert find_code(text) == ["word.lower()", "a `b` c", "x = 2"]


def test_unfenced_python_in_prose_is_found_whole() -> None:
    text = (
        "You could write:\n"
        "def double(n):\n"
        "    result = n * 2\n"
        "    return result\n"
        "That is all. Try this."
    )
    assert find_code(text) == ["def double(n):\n    result = n * 2\n    return result"]


def test_an_indented_run_in_prose_is_dedented() -> None:
    text = "Change the loop to:\n    for item in items:\n        total += item\nand retry."
    assert code_runs_in_prose(text) == ["for item in items:\n    total += item"]


def test_prose_that_parses_by_accident_is_not_code() -> None:
    # "Yes" is a name, "- done" an expression, "e.g" an attribute: none is a statement.
    text = "Try this.\nYes\n- done\ne.g\nGood, now run the tests again."
    assert find_code(text) == []


def test_a_lone_return_line_in_prose_is_code() -> None:
    assert find_code("Replace it with\nreturn n * 2\nand check.") == ["return n * 2"]


def test_turn_code_reads_message_question_and_code_field() -> None:
    turn = TutorTurn(
        level=Level.STRATEGY,
        message="Look at `n + 1`.",
        question="What does `n - 1` give?",
        code="x = n * 3\n",
    )
    assert turn_code(turn) == ["n + 1", "n - 1", "x = n * 3"]
    fenced = TutorTurn(level=Level.STRATEGY, message="m", code="```python\ny = 4\n```")
    assert turn_code(fenced) == ["y = 4"]


def test_fragments_parse_the_ways_people_quote_code() -> None:
    assert parse_fragment("word.lower()") is not None
    assert parse_fragment("for i in range(n):") is not None  # a header without a body
    assert parse_fragment("    total += x\n    count += 1") is not None  # an indented body
    assert parse_fragment("x for x in xs") is not None  # a bare generator body
    assert parse_fragment("Try this.") is None
    assert parse_fragment("   ") is None


def test_text_that_does_not_parse_whole_keeps_the_lines_that_do() -> None:
    pieces = parse_pieces("count = ___\nfor letter in text:\n    count ___\nreturn count")
    assert len(pieces) == 3  # the line `count ___` does not parse on its own


def test_odd_escapes_in_a_reply_do_not_warn() -> None:
    # The suite turns warnings into errors: an invalid escape must not break the guard.
    assert find_code('Try `re.match("\\d+", s)` here.') == ['re.match("\\d+", s)']
