def same_contents(a, b):
    return a is b


def same_object(a, b):
    return a is b
