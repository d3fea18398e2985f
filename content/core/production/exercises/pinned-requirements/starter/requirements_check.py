"""Check a requirements file: every package pinned with ==, none listed twice."""

import re
from importlib import metadata


def normalize(name: str) -> str:
    """The name as pip compares it: lower case, each run of -, _ and . as one -."""
    raise NotImplementedError


def check_requirements(text: str) -> list[str]:
    """One message per problem of the requirements file text, in the order of its lines."""
    raise NotImplementedError


def compare_installed(text: str) -> list[str]:
    """One message per pinned package that is installed in another version, or not at all."""
    raise NotImplementedError
