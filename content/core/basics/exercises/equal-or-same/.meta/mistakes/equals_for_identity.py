def same_contents(a, b):
    return a == b


def same_object(a, b):
    return a == b
