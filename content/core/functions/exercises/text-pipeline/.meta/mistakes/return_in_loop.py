def apply_steps(text, steps):
    for step in steps:
        text = step(text)
        return text
    return text


STEPS = {
    "strip": str.strip,
    "lower": str.lower,
    "upper": str.upper,
    "reverse": lambda text: text[::-1],
    "shout": lambda text: text.upper() + "!",
}


def run_named(text, names):
    return apply_steps(text, [STEPS[name] for name in names])
