from collections import deque


def round_robin(*queues):
    waiting = deque(iter(queue) for queue in queues)
    while waiting:
        queue = waiting.popleft()
        job = next(queue, None)
        if job is None:
            continue
        waiting.append(queue)
        yield job
