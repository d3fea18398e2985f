from collections import deque
from collections.abc import Iterable, Iterator


def round_robin(*queues: Iterable) -> Iterator:
    """Yield one job from each queue in turn; a queue that runs out leaves the rotation."""
    waiting = deque(iter(queue) for queue in queues)
    while waiting:
        queue = waiting.popleft()
        try:
            job = next(queue)
        except StopIteration:
            continue  # this queue is empty: it does not go back in the rotation
        waiting.append(queue)
        yield job
