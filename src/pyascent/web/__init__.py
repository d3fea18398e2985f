"""The web app: FastAPI + Jinja2 + htmx, a thin shell over the services."""

from pyascent.web.app import create_app, run_server

__all__ = ["create_app", "run_server"]
