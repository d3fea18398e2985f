def add(a, b):
    nested = []
    for _ in range(1000):
        nested = [nested]
    return nested
