def apply_steps(text, steps):
    """Return text after applying each function in steps, in order."""
    # Replace `pass` with your code.
    pass


# Map each step name to a function that takes a text and returns a text.
# Fill in "strip", "lower", "upper", "reverse" and "shout".
STEPS = {}


def run_named(text, names):
    """Return text after running the steps named in names (keys of STEPS), in order."""
    # Replace `pass` with your code.
    pass
