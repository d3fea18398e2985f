"""Hunting a memory leak with tracemalloc: snapshots, their difference, and peaks."""

import os
import tracemalloc
from collections.abc import Callable
from typing import Any

import shop  # the program to examine (given): the checks reach it through this import


def biggest_growth(function: Callable[[], Any], calls: int) -> str:
    """Where memory grows most when function() is called again and again: 'file.py:line'."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        function()  # the first call may build what is kept for good: not a leak
        before = tracemalloc.take_snapshot()
        for _ in range(calls):
            function()
        after = tracemalloc.take_snapshot()
    finally:
        if not was_tracing:
            tracemalloc.stop()
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__)]
    changes = after.filter_traces(ignore).compare_to(before.filter_traces(ignore), "lineno")
    grown = max(changes, key=lambda change: change.size_diff)
    frame = grown.traceback[0]
    return f"{os.path.basename(frame.filename)}:{frame.lineno}"


def peak_bytes(function: Callable[[], Any]) -> int:
    """How many bytes more than at the start function() needed at its highest point."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        start, _ = tracemalloc.get_traced_memory()
        function()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return peak - start
