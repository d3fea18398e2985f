def choose_model(workload):
    if workload["tasks"] < 2:
        return "sequential"
    if not workload["waits"]:
        return "threads" if workload.get("releases_gil") else "processes"
    if workload.get("async_library") and workload["tasks"] > 100:
        return "asyncio"
    return "threads"
