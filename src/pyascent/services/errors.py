"""Errors a person can act on; the CLI and web print their message, never a traceback."""

from __future__ import annotations


class ServiceError(Exception):
    """A request that cannot be carried out, with a message saying what to do instead."""
