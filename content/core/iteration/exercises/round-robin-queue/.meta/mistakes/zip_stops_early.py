def round_robin(*queues):
    for jobs in zip(*queues):
        yield from jobs
