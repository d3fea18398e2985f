"""What to do next, and which topics cost the most: the roadmap's "Suggested next", the
"Also:" line of `pyascent next` and the progress page's topic table.

Order of the suggestion: practice that is due (an exercise that took help), then the day's
cards, then an exercise of the weakest topic, then the roadmap's next exercise; each comes
with the reason, in words, so a learner sees why.
"""

from __future__ import annotations

from pyascent.course import Course, Exercise
from pyascent.services.review import Reviews
from pyascent.services.views import Suggestion, TopicStrength
from pyascent.store import ProgressRecord

# A hint weighs two failed checks, a solution seen three, a forgotten flashcard two.
HINT_WEIGHT = 2
SOLUTION_WEIGHT = 3
LAPSE_WEIGHT = 2

Costs = tuple[int, int, int, int]  # failed checks, hints, solutions seen, cards forgotten


def suggest(
    course: Course,
    progress: dict[str, ProgressRecord],
    reviews: Reviews,
    following: Exercise | None,
) -> Suggestion:
    """The one thing to do next; `following` is the roadmap's next exercise not done."""
    practice = reviews.practice_due()
    if practice:
        first = practice[0]
        return Suggestion(
            "practice",
            f"Solve {first.exercise.title} again",
            f"/exercises/{first.exercise.id}",
            f"due today: {first.why} the first time",
        )
    summary = reviews.summary()
    if summary.due:
        topic = reviews.busiest_topic()
        on = f", most on {topic_words(topic)}" if topic else ""
        return Suggestion(
            "cards",
            f"Review {summary.due} card{'s' if summary.due != 1 else ''}",
            "/review",
            f"{summary.due} due today{on}",
        )
    weak = _weakest_topic(course, progress, reviews.lapses_by_topic())
    if weak is not None:
        topic, exercise, score = weak
        return Suggestion(
            "exercise",
            exercise.title,
            f"/exercises/{exercise.id}",
            f"more practice on {topic_words(topic)}, your weakest topic ({score})",
        )
    if following is None:
        return Suggestion("done", "Every exercise is done", "/progress", "well done")
    return Suggestion(
        "exercise", following.title, f"/exercises/{following.id}", "next on the roadmap"
    )


def strength_of_topics(
    course: Course,
    progress: dict[str, ProgressRecord],
    lapses: dict[str, int] | None = None,
    limit: int = 8,
) -> list[TopicStrength]:
    """The topics that cost anything so far, costliest first."""
    found = []
    for topic, costs in topic_costs(course, progress, lapses)[:limit]:
        if not any(costs):
            break
        failed, hints, solutions, forgotten = costs
        practising = [e for e in course.exercises() if topic in e.topics]
        done = sum(_done(progress, e) for e in practising)
        found.append(
            TopicStrength(
                topic_words(topic),
                topic,
                failed,
                hints,
                solutions,
                done,
                len(practising),
                forgotten,
            )
        )
    return found


def topic_costs(
    course: Course, progress: dict[str, ProgressRecord], lapses: dict[str, int] | None = None
) -> list[tuple[str, Costs]]:
    """Per topic: failed checks, hints and solutions seen over its exercises, and lapses of
    its flashcards, costliest first."""
    cost: dict[str, list[int]] = {}
    for exercise in course.exercises():
        record = progress.get(exercise.id)
        if record is None:
            continue
        for topic in exercise.topics:
            tally = cost.setdefault(topic, [0, 0, 0, 0])
            tally[0] += record.failed_attempts
            tally[1] += record.hints_shown
            tally[2] += int(record.solution_viewed)
    for topic, count in (lapses or {}).items():
        cost.setdefault(topic, [0, 0, 0, 0])[3] += count

    def weight(item: tuple[str, list[int]]) -> int:
        failed, hints, solutions, forgotten = item[1]
        return -(
            failed + HINT_WEIGHT * hints + SOLUTION_WEIGHT * solutions + LAPSE_WEIGHT * forgotten
        )

    return [(topic, (a, b, c, d)) for topic, (a, b, c, d) in sorted(cost.items(), key=weight)]


def topic_words(topic_id: str) -> str:
    """'fn.closures' -> 'closures': how a reason names a topic."""
    return topic_id.rsplit(".", 1)[-1].replace("-", " ")


def _done(progress: dict[str, ProgressRecord], exercise: Exercise) -> bool:
    record = progress.get(exercise.id)
    return record is not None and record.status == "done"


def _weakest_topic(
    course: Course, progress: dict[str, ProgressRecord], lapses: dict[str, int]
) -> tuple[str, Exercise, str] | None:
    """The costliest topic with an exercise still to do, if any topic cost anything."""
    for topic, costs in topic_costs(course, progress, lapses):
        if not any(costs):
            return None
        for exercise in course.exercises():
            if topic in exercise.topics and not _done(progress, exercise):
                return topic, exercise, _cost_words(costs)
    return None


def _cost_words(costs: Costs) -> str:
    named = zip(
        costs,
        (("failed attempt", ""), ("hint", ""), ("solution", " seen"), ("card", " forgotten")),
        strict=True,
    )
    return ", ".join(
        f"{count} {noun}{'s' if count != 1 else ''}{after}"
        for count, (noun, after) in named
        if count
    )
