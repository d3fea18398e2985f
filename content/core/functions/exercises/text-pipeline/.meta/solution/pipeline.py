def apply_steps(text, steps):
    """Return text after applying each function in steps, in order."""
    for step in steps:
        # Each step works on the result of the step before it.
        text = step(text)
    return text


# Map each step name to a function that takes a text and returns a text.
# The values are the functions themselves: no brackets, nothing is called here.
STEPS = {
    "strip": str.strip,
    "lower": str.lower,
    "upper": str.upper,
    "reverse": lambda text: text[::-1],
    "shout": lambda text: text.upper() + "!",
}


def run_named(text, names):
    """Return text after running the steps named in names (keys of STEPS), in order."""
    steps = [STEPS[name] for name in names]
    return apply_steps(text, steps)
