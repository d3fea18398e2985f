"""Hunting a memory leak with tracemalloc: snapshots, their difference, and peaks."""

import os
import tracemalloc
from collections.abc import Callable
from typing import Any

import shop  # the program to examine (given): the checks reach it through this import


def biggest_growth(function: Callable[[], Any], calls: int) -> str:
    """Where memory grows most when function() is called again and again: 'file.py:line'."""
    raise NotImplementedError("biggest_growth is not written yet")


def peak_bytes(function: Callable[[], Any]) -> int:
    """How many bytes more than at the start function() needed at its highest point."""
    raise NotImplementedError("peak_bytes is not written yet")
