def round_robin(*queues):
    queues = [list(queue) for queue in queues]
    position = 0
    while any(queues):
        for queue in queues:
            if position < len(queue):
                yield queue[position]
        position += 1
        if all(position >= len(queue) for queue in queues):
            return
