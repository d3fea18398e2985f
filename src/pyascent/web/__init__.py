"""The web app: FastAPI + Jinja2 + htmx, a thin shell over the services."""

from pyascent.web.app import create_app, run_server
from pyascent.web.settings import WebSettings

__all__ = ["WebSettings", "create_app", "run_server"]
