from clamp import clamp


def test_something():
    pass
