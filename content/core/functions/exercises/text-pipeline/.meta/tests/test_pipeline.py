from pipeline import STEPS, apply_steps, run_named


def test_applies_steps_in_order():
    """Applies each function to the result of the one before."""
    assert apply_steps("  Hello ", [str.strip, str.upper]) == "HELLO", (
        'apply_steps("  Hello ", [str.strip, str.upper]) should return "HELLO": '
        "each step works on the result of the step before"
    )


def test_order_matters():
    """Runs the steps in the order of the list."""
    add_bang = lambda text: text + "!"
    backwards = lambda text: text[::-1]
    assert apply_steps("abc", [add_bang, backwards]) == "!cba", (
        'With the steps [add "!", reverse], apply_steps("abc", ...) should return "!cba": '
        "first add the !, then reverse"
    )
    assert apply_steps("abc", [backwards, add_bang]) == "cba!", (
        'With the steps [reverse, add "!"], apply_steps("abc", ...) should return "cba!"'
    )


def test_no_steps():
    """Returns the text unchanged when there are no steps."""
    assert apply_steps("same", []) == "same", 'apply_steps("same", []) should return "same"'


def test_steps_dictionary_holds_functions():
    """STEPS maps each name to a function that does the right thing."""
    examples = [
        ("strip", " hi ", "hi"),
        ("lower", "Hi", "hi"),
        ("upper", "Hi", "HI"),
        ("reverse", "abc", "cba"),
        ("shout", "hi", "HI!"),
    ]
    for name, text, expected in examples:
        assert name in STEPS, f'STEPS should have the key "{name}"'
        assert callable(STEPS[name]), (
            f'STEPS["{name}"] should be a function (write it without brackets, e.g. str.upper)'
        )
        assert STEPS[name](text) == expected, (
            f'STEPS["{name}"]("{text}") should return "{expected}"'
        )


def test_run_named():
    """Looks up the named steps and runs them in order."""
    result = run_named("  Ada Lovelace ", ["strip", "lower", "reverse"])
    assert result == "ecalevol ada", (
        'run_named("  Ada Lovelace ", ["strip", "lower", "reverse"]) should return "ecalevol ada"'
    )
    assert run_named("go", ["shout", "reverse"]) == "!OG", 'run_named("go", ["shout", "reverse"]) should return "!OG"'
    assert run_named("x", []) == "x", 'run_named("x", []) should return "x"'
