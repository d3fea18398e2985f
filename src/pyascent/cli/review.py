"""`pyascent review`: today's flashcards in the terminal, keyboard only."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape

from pyascent.services import RATING_NAMES, LearnerService

KEYS = {"1": "again", "2": "hard", "3": "good", "4": "easy"}


def run_review(service: LearnerService, console: Console, read: Callable[[str], str]) -> int:
    """Review until the day's queue is empty or the learner types q; cards reviewed."""

    def ask(prompt: str) -> str:
        try:
            return read(prompt)
        except EOFError:  # the input ended (Ctrl+D, a closed pipe): stop like q
            return "q"

    reviews = service.reviews
    done = 0
    summary = reviews.summary()
    if summary.due == 0:
        console.print(
            f"No cards due. {summary.learned} of {summary.total} learned; come back tomorrow."
        )
        return 0
    console.print(f"{summary.due} card(s) due today ({summary.new} new). Type q to stop.\n")
    while (card := reviews.next_card()) is not None:
        label = "new" if card.new else "review"
        console.rule(f"{escape(card.module.title)} · {label}")
        console.print(Markdown(card.card.question))
        if ask("Enter shows the answer (q quits) ").strip().lower() == "q":
            break
        console.print(Markdown(card.card.answer))
        choices = "  ".join(
            f"[bold]{key}[/] {name} ({card.intervals[name]})" for key, name in KEYS.items()
        )
        console.print(choices)
        while True:
            answer = ask("How well did you know it? 1-4 (q quits) ").strip().lower()
            if answer == "q":
                return done
            rating = KEYS.get(answer) or (answer if answer in RATING_NAMES else None)
            if rating is not None:
                break
            console.print("Type 1, 2, 3 or 4 (or again, hard, good, easy).")
        reviewed = reviews.rate(card.key, rating)
        done += 1
        console.print(f"[green]Saved[/]: it comes back {reviewed.comes_back}.\n")
    left = reviews.summary().due
    console.print(f"Reviewed {done} card(s). {left} left for today.")
    return done
