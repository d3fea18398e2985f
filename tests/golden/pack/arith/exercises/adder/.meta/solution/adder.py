# REFERENCE-SOLUTION-CANARY: this text must never reach a learner.
def add(a, b):
    return a + b
