def apply_steps(text, steps):
    result = text
    for step in steps:
        result = step(text)
    return result


STEPS = {
    "strip": str.strip,
    "lower": str.lower,
    "upper": str.upper,
    "reverse": lambda text: text[::-1],
    "shout": lambda text: text.upper() + "!",
}


def run_named(text, names):
    return apply_steps(text, [STEPS[name] for name in names])
