def choose_model(workload):
    if workload["tasks"] < 2:
        return "sequential"
    if not workload["waits"]:
        return "threads" if workload["releases_gil"] else "processes"
    if workload["async_library"] and workload["tasks"] >= 100:
        return "asyncio"
    return "threads"
