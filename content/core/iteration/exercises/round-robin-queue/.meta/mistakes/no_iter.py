def round_robin(*queues):
    active = list(queues)
    while active:
        for queue in list(active):
            try:
                yield next(queue)
            except StopIteration:
                active.remove(queue)
