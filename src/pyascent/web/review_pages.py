"""The review page: today's flashcards, one at a time, keyboard first.

Show the answer with Space (a <details> element: no script needed), then rate it with
1-4 or the buttons; each rating is a plain form POST answered by a redirect, so the back
button and a reload never rate a card twice.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyascent.services import RATING_NAMES
from pyascent.web.deps import service_of
from pyascent.web.errors import Refused
from pyascent.web.pages import render

router = APIRouter(include_in_schema=False)  # pages, not API: /docs lists /api/v1 only


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request) -> Response:
    reviews = service_of(request).reviews
    card = reviews.next_card()
    context = {
        "title": "Review",
        "card": card,
        "summary": reviews.summary(),
        "ratings": RATING_NAMES,
        "last": request.query_params.get("saved"),
    }
    return render(request, "review.html", context)


@router.post("/review", response_class=HTMLResponse)
async def rate_card(request: Request, card: str = Form(...), rating: str = Form(...)) -> Response:
    if rating not in RATING_NAMES:
        raise Refused(422, "bad-rating", f"Rate with one of: {', '.join(RATING_NAMES)}.")
    reviews = service_of(request).reviews
    done = await asyncio.to_thread(reviews.rate, card, rating)
    return RedirectResponse(f"/review?saved={done.comes_back}", status_code=303)
