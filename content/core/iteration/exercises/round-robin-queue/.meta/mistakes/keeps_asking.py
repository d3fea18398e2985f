def round_robin(*queues):
    iterators = [iter(queue) for queue in queues]
    done = object()
    left = len(iterators)
    while left:
        left = 0
        for iterator in iterators:
            job = next(iterator, done)
            if job is not done:
                left += 1
                yield job
