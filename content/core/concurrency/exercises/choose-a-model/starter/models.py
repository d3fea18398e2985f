def choose_model(workload):
    """Return "sequential", "threads", "processes" or "asyncio" for a workload.

    workload is a dict such as {"tasks": 200, "waits": True, "async_library": True}.
    """
    # Replace `pass` with your code.
    pass
