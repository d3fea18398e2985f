"""When the reference solution may be revealed.

Seeing the answer too early robs a learner of the struggle that teaches; never seeing it
leaves them stuck. The default (futurecoder's, roughly): after a pass, or once every hint
was read and several honest attempts failed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SolutionRule(StrEnum):
    AFTER_PASS_OR_HINTS = "after-pass-or-hints"
    AFTER_PASS = "after-pass"
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True)
class SolutionPolicy:
    rule: SolutionRule = SolutionRule.AFTER_PASS_OR_HINTS
    failed_attempts: int = 3


def solution_allowed(
    policy: SolutionPolicy,
    *,
    passed: bool,
    hints_shown: int,
    hints_total: int,
    failed_attempts: int,
) -> tuple[bool, str]:
    """Whether to reveal, and a sentence saying why not (or what unlocked it)."""
    if policy.rule is SolutionRule.ALWAYS:
        return True, "Solutions are always available in this workspace."
    if policy.rule is SolutionRule.NEVER:
        return False, "Solutions are switched off in this workspace."
    if passed:
        return True, "You solved it: compare your solution with the reference."
    if policy.rule is SolutionRule.AFTER_PASS:
        return False, "The solution unlocks once your code passes."
    missing_hints = max(0, hints_total - hints_shown)
    missing_tries = max(0, policy.failed_attempts - failed_attempts)
    if missing_hints == 0 and missing_tries == 0:
        return True, "You read every hint and kept trying: here is the reference solution."
    needs = []
    if missing_hints:
        needs.append(f"read the remaining {missing_hints} hint(s) (pyascent hint)")
    if missing_tries:
        needs.append(f"make {missing_tries} more attempt(s)")
    return False, "The solution unlocks after you pass, or after you " + " and ".join(needs) + "."
