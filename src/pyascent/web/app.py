"""The web app factory: FastAPI + Jinja2 over the same services the CLI uses.

No logic lives in routes: they parse, call a service, render. Everything is built here,
nothing at import time.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.gzip import GZipMiddleware

from pyascent.services import LearnerService, Settings
from pyascent.services.class_server import ClassServer
from pyascent.web.access import access_middleware
from pyascent.web.errors import install_error_handlers
from pyascent.web.explore_pages import router as explore_router
from pyascent.web.markdown import inline_code, render_markdown
from pyascent.web.reaper import closing_stale_attempts
from pyascent.web.review_pages import router as review_router
from pyascent.web.security import BodyLimit, RateLimiter, csrf_middleware, security_headers

HERE = Path(__file__).parent
GZIP_FROM_BYTES = 256 * 1024
LOGIN_BURST = 100  # sign-ins from one address at once: a class behind one NAT signs in together
LOGIN_PER_SECOND = 2.0  # then; wrong passwords also lock each account (accounts.py)


def create_app(settings: Settings, service: LearnerService) -> FastAPI:
    """Build the app around an opened service; the app closes it on shutdown.

    `settings` is the one settings table (rate limits, body and code caps come from it).
    """

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            _freeze_once()
            async with closing_stale_attempts(service):
                yield
        finally:
            classes.close()
            service.close()

    app = FastAPI(
        title="pyascent",
        version="1",
        description="Learn Python by doing. The JSON API the pages use; see /docs.",
        lifespan=lifespan,
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["markdown"] = render_markdown
    templates.env.filters["inline_code"] = inline_code
    app.state.settings = settings
    app.state.service = service
    app.state.templates = templates
    app.state.limiter = RateLimiter(settings.rate_burst, settings.rate_per_second)
    app.state.login_limiter = RateLimiter(LOGIN_BURST, LOGIN_PER_SECOND)
    classes = app.state.classes = ClassServer(service)

    # The last added runs first: headers on every answer, then CSRF, then who may enter.
    app.middleware("http")(access_middleware)
    app.middleware("http")(csrf_middleware)

    @app.middleware("http")
    async def headers(request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        security_headers(response)
        return response

    app.add_middleware(BodyLimit, limit=settings.max_body_kb * 1024)
    # A class's grid is megabytes of very repetitive HTML, polled every few seconds: level 1
    # shrinks it about tenfold for a few ms. Small answers are left as they are.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_FROM_BYTES, compresslevel=1)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from pyascent.web.api import router as api_router
    from pyascent.web.assignment_pages import router as assignment_router
    from pyascent.web.class_api import router as class_api_router
    from pyascent.web.class_pages import router as class_router
    from pyascent.web.login_pages import router as login_router
    from pyascent.web.pages import router as pages_router

    app.include_router(api_router)
    app.include_router(class_api_router)
    app.include_router(pages_router)
    app.include_router(login_router)
    app.include_router(class_router)
    app.include_router(assignment_router)
    app.include_router(review_router)
    app.include_router(explore_router)
    install_error_handlers(app)
    return app


_frozen: list[bool] = []


def _freeze_once() -> None:
    """The course and the app are built and live as long as the process: moved out of the
    collector's view, a full collection no longer walks them (a 60,000-cell grid made 3-4
    of them, each walking the whole course). Once per process: a process that builds many
    apps (the tests) would otherwise keep every earlier app's garbage for good."""
    if not _frozen:
        gc.freeze()
        _frozen.append(True)


def run_server(app: FastAPI, host: str, port: int) -> None:
    """Serve until Ctrl+C (uvicorn)."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")
