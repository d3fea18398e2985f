def choose_model(workload):
    if workload["tasks"] < 2:
        return "sequential"
    if workload.get("async_library") and workload["tasks"] >= 100:
        return "asyncio"
    return "threads"
