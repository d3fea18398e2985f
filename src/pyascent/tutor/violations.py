"""What a broken guard rule looks like, shared by the guard and its rule modules.

A violation names its rule by a stable id, so the turn log, the evaluation report and the
one retry of an LLM turn (tutor.md C.4 step 5: "name the violated rule") all speak of the
same thing, and carries a sentence a person can act on.
"""

from __future__ import annotations

from dataclasses import dataclass

RULE_SCHEMA = "schema"
RULE_LEVEL = "level"
RULE_CODE_POLICY = "code-policy"
RULE_LEAK_TOKENS = "leak-tokens"
RULE_LEAK_AST = "leak-ast"
RULE_LEAK_EXEC = "leak-exec"
RULE_TEST_SOURCE = "test-source"
RULE_AVOID = "avoid"
RULE_LENGTH = "length"
RULE_CITATION = "citation"

RULES = (
    RULE_SCHEMA,
    RULE_LEVEL,
    RULE_CODE_POLICY,
    RULE_LEAK_TOKENS,
    RULE_LEAK_AST,
    RULE_LEAK_EXEC,
    RULE_TEST_SOURCE,
    RULE_AVOID,
    RULE_LENGTH,
    RULE_CITATION,
)
LEAK_RULES = frozenset({RULE_LEAK_TOKENS, RULE_LEAK_AST, RULE_LEAK_EXEC, RULE_TEST_SOURCE})


@dataclass(frozen=True)
class Violation:
    """One rule a turn broke: the rule's id and a sentence saying what was wrong."""

    rule: str
    detail: str
