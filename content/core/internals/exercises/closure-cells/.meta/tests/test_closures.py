import pytest

from closures import cell_values, make_account, make_greeter, make_lazy, make_multipliers, make_pair, shared_cells


def account(balance):
    try:
        return make_account(balance)
    except Exception as error:  # noqa: BLE001 - any error here is the learner's to fix
        pytest.fail(f"make_account({balance}) raised {type(error).__name__}: {error}", pytrace=False)


def test_deposit_adds_to_the_balance():
    """deposit adds to the balance and returns it: no UnboundLocalError."""
    deposit, current = account(100)
    try:
        first = deposit(50)
    except UnboundLocalError:
        pytest.fail(
            "deposit(50) raised UnboundLocalError: balance is assigned inside deposit, so the "
            "compiler makes it a local of deposit, and balance + amount reads that local before "
            "it has a value. Declare nonlocal balance in deposit",
            pytrace=False,
        )
    assert first == 150, "After make_account(100), deposit(50) should return 150"
    assert deposit(25) == 175, "A second deposit(25) should return 175: the balance is kept between calls"


def test_current_sees_the_deposits():
    """current reads the same balance that deposit changes."""
    deposit, current = account(10)
    assert current() == 10, "make_account(10): current() should be 10 before any deposit"
    deposit(5)
    deposit(5)
    assert current() == 20, (
        "After two deposit(5), current() should be 20: deposit must change make_account's balance "
        "(nonlocal), the one current reads, not a copy of its own"
    )


def test_accounts_are_independent():
    """Each call of make_account makes a new balance."""
    deposit_a, current_a = account(100)
    deposit_b, current_b = account(100)
    deposit_a(1)
    assert (current_a(), current_b()) == (101, 100), (
        "Two accounts made with make_account(100): after deposit_a(1), they should be at 101 and "
        "100. Keep the balance in make_account's scope, not in a global"
    )


def test_the_balance_lives_in_a_cell():
    """deposit and current both have balance among their free variables."""
    deposit, current = account(0)
    for name, function in [("deposit", deposit), ("current", current)]:
        assert "balance" in tuple(function.__code__.co_freevars), (
            f"{name}.__code__.co_freevars should contain 'balance': keep the balance in "
            "make_account's own variable (the parameter balance) and reach it with nonlocal, "
            "not in a list, a dict or an attribute"
        )


def test_multipliers_remember_their_own_number():
    """The i-th multiplier multiplies by i, not by the last value of the loop."""
    multipliers = make_multipliers(4)
    assert len(multipliers) == 4, "make_multipliers(4) should give 4 functions"
    results = [multiply(10) for multiply in multipliers]
    assert results == [0, 10, 20, 30], (
        f"make_multipliers(4) applied to 10 should give [0, 10, 20, 30], not {results}: every "
        "function made in the loop reads the same variable i when it is CALLED, and by then "
        "the loop has ended. Give each function its own i: a default value (lambda x, i=i: ...) "
        "or a factory function called once per i"
    )
    assert make_multipliers(0) == [], "make_multipliers(0) should be []"


def test_cell_values_of_a_greeter():
    """cell_values maps each free variable to the value in its cell."""
    greet = make_greeter("Hello", "?")
    assert cell_values(greet) == {"greeting": "Hello", "punctuation": "?"}, (
        "cell_values(make_greeter('Hello', '?')) should be {'greeting': 'Hello', 'punctuation': '?'}: "
        "zip fn.__code__.co_freevars (the names) with fn.__closure__ (the cells) and read each "
        "cell's cell_contents"
    )


def test_cell_values_are_live():
    """A cell holds the variable itself: its value follows the changes."""
    up, down = make_pair()
    up()
    up()
    assert cell_values(down) == {"count": 2}, (
        "After up() twice, cell_values(down) should be {'count': 2}: up and down share one cell, "
        "and cell_contents is its value now"
    )
    deposit, current = account(7)
    deposit(3)
    assert cell_values(current) == {"balance": 10}, (
        "cell_values(current) of make_account(7) after deposit(3) should be {'balance': 10}"
    )


def test_cell_values_without_a_closure():
    """A function with no free variables has no closure: {}."""
    assert cell_values(make_pair) == {}, (
        "cell_values(make_pair) should be {}: make_pair uses no variable of an enclosing function, "
        "so make_pair.__closure__ is None (use fn.__closure__ or ())"
    )


def test_empty_cells_are_left_out():
    """A cell whose variable has no value yet is left out."""
    get, put = make_lazy()
    try:
        values = cell_values(get)
    except ValueError as error:
        pytest.fail(
            f"cell_values(get) of make_lazy() raised ValueError ({error}): value's cell is empty, "
            "and reading cell_contents of an empty cell raises ValueError. Catch it and leave "
            "that name out",
            pytrace=False,
        )
    assert values == {}, (
        "cell_values(get) of make_lazy() should be {}: value's cell is empty, so leave value out"
    )
    put(42)
    assert cell_values(get) == {"value": 42}, "After put(42), cell_values(get) should be {'value': 42}"


def test_shared_cells_of_one_pair():
    """Two closures made by one call share the cells of that call."""
    up, down = make_pair()
    assert shared_cells(up, down) == ["count"], (
        "shared_cells(up, down) should be ['count']: both reach make_pair's count through the "
        "same cell object (compare the cells with is)"
    )
    deposit, current = account(5)
    assert shared_cells(deposit, current) == ["balance"], "shared_cells(deposit, current) should be ['balance']"


def test_shared_cells_needs_the_same_cell():
    """The same name in two different calls is two different cells."""
    up, _ = make_pair()
    _, other_down = make_pair()
    assert shared_cells(up, other_down) == [], (
        "shared_cells(up, down) with up and down from two calls of make_pair should be []: each "
        "call made its own count, so the names match but the cells differ (compare the cells "
        "with is, not the names, and not ==: cells with equal contents compare equal)"
    )
    greet = make_greeter("Hi")
    assert shared_cells(greet, up) == [], "shared_cells of a greeter and a counter should be []: no name in common"
    assert shared_cells(make_pair, up) == [], "shared_cells(make_pair, up) should be []: make_pair has no closure"
    assert shared_cells(up, make_pair) == [], (
        "shared_cells(up, make_pair) should be []: make_pair.__closure__ is None (use g.__closure__ or ())"
    )


def test_a_function_shares_all_its_cells_with_itself():
    """shared_cells(f, f) lists every free variable of f, sorted."""
    greet = make_greeter("Hi")
    assert shared_cells(greet, greet) == ["greeting", "punctuation"], (
        "shared_cells(greet, greet) should be ['greeting', 'punctuation']: a function reaches each "
        "of its free variables through its own cells; give the names sorted"
    )


def test_the_samples_still_work():
    """The sample closures at the end of closures.py are unchanged."""
    assert make_greeter("Hello", "?")("Ada") == "Hello, Ada?", "make_greeter('Hello', '?')('Ada') should be 'Hello, Ada?': leave the samples as they were"
    assert make_greeter("Hi")("Bo") == "Hi, Bo!", "make_greeter('Hi')('Bo') should be 'Hi, Bo!': leave the samples as they were"
    up, down = make_pair()
    assert (up(), up(), down()) == (1, 2, 1), "make_pair(): up(), up(), down() should give 1, 2, 1: leave the samples as they were"
    get, put = make_lazy()
    put("ready")
    assert get() == "ready", "make_lazy(): after put('ready'), get() should be 'ready': leave the samples as they were"
