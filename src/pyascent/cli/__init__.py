"""Command-line shell (Typer + Rich) over the services."""

from pyascent.cli.app import app, main

__all__ = ["app", "main"]
