from runner import run_safely


def answer():
    return 42


def full_disk():
    raise ValueError("disk is full")


def divide_by_zero():
    return 1 / 0


def attempt(call, *args):
    """What call(*args) did: the name of the error it raised, or a note with what it returned."""
    try:
        value = call(*args)
    except Exception as error:
        return type(error).__name__
    return f"no error (it returned {value!r})"


def log_lines(capsys):
    """The lines printed so far, without spaces around them."""
    return [line.strip() for line in capsys.readouterr().out.splitlines()]


def test_successful_task(capsys):
    """Returns the task's result and prints start, ok, finished."""
    result = run_safely(answer)
    assert log_lines(capsys) == ["start", "ok", "finished"], (
        "After a task that works, run_safely should print three lines: start, ok, finished"
    )
    assert result == 42, "run_safely(task) should return what task() returned (here 42)"


def test_task_with_value_error(capsys):
    """Catches a ValueError, prints its message and returns None."""
    outcome = attempt(run_safely, full_disk)
    assert outcome == "no error (it returned None)", (
        "A task that raises ValueError should not crash run_safely: catch the error and return None"
    )
    assert log_lines(capsys) == ["start", "failed: disk is full", "finished"], (
        'After a task that raises ValueError("disk is full"), run_safely should print: '
        "start, failed: disk is full, finished"
    )


def test_other_errors_are_not_caught():
    """Lets any other error through instead of hiding it."""
    assert attempt(run_safely, divide_by_zero) == "ZeroDivisionError", (
        "A task that divides by zero should make run_safely raise ZeroDivisionError: "
        "catch only ValueError, other errors are bugs that must not be hidden"
    )


def test_finished_even_when_an_error_escapes(capsys):
    """Prints finished even when an uncaught error leaves the function."""
    attempt(run_safely, divide_by_zero)
    assert log_lines(capsys) == ["start", "finished"], (
        "When another error leaves run_safely, it should still print finished: after a task "
        "that divides by zero the log should be start, finished. A finally block runs in every case"
    )


def test_one_log_per_run(capsys):
    """Each run prints its own start and finished."""
    run_safely(answer)
    run_safely(full_disk)
    assert log_lines(capsys) == [
        "start", "ok", "finished",
        "start", "failed: disk is full", "finished",
    ], "Two runs in a row should print two complete logs, one after the other"
