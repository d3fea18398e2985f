import missing_module_xyz


def add(a, b):
    return a + b
