def choose_model(workload: dict[str, int | bool]) -> str:
    """Return "sequential", "threads", "processes" or "asyncio" for a workload.

    workload is a dict such as {"tasks": 200, "waits": True, "async_library": True}.
    """
    if workload["tasks"] < 2:
        return "sequential"  # nothing to overlap
    if not workload["waits"]:
        # Computing: the GIL lets one thread at a time run Python code.
        return "threads" if workload.get("releases_gil") else "processes"
    if workload.get("async_library") and workload["tasks"] >= 100:
        return "asyncio"  # many waits: coroutines are far cheaper than threads
    return "threads"
