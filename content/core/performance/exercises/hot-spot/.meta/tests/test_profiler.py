import pytest

import profiler


def programs():
    """The starter's workloads module, on the learner's side (reached through profiler.py)."""
    try:
        return profiler.workloads
    except AttributeError:
        pytest.fail(
            "Keep the line `import workloads` at the top of profiler.py: the checks reach "
            "the programs to profile through it",
            pytrace=False,
        )


def fib_calls(n):
    """How many times fib(n) calls fib, itself included."""
    return 1 if n < 2 else 1 + fib_calls(n - 1) + fib_calls(n - 2)


def hot_spot(expected, func, *args, tries=3):
    """hottest(func, *args), tried up to `tries` times: the profiler measures real time, and
    on a busy machine one run can be unlucky. Returns the answers it got."""
    answers = []
    for _ in range(tries):
        answer = profiler.hottest(func, *args)
        assert isinstance(answer, str), (
            f"hottest should return the function's name as a str, like 'checksum', not {answer!r}"
        )
        answers.append(answer)
        if answer == expected:
            break
    return answers


def explain(answers, expected, call):
    wrong = answers[-1]
    if wrong.startswith("<"):
        return (
            f"{call} returned {wrong!r}, a built-in: only the Python functions count. Leave out "
            "the rows whose file name is '~' (the built-ins)"
        )
    return (
        f"{call} should return {expected!r}, the function whose OWN time (tottime) is the "
        f"largest, not {wrong!r}. cumtime also counts the time of the functions a function "
        "calls, so the outer function always has the biggest cumtime; sort by tottime"
    )


def test_finds_the_arithmetic_loop():
    """report(2000, 80) spends its time in checksum's loops."""
    work = programs()
    answers = hot_spot("checksum", work.report, 2000, 80)
    assert answers[-1] == "checksum", explain(answers, "checksum", "hottest(workloads.report, 2000, 80)")


def test_finds_the_slow_sort():
    """ranking(900) spends its time in insertion_sort."""
    work = programs()
    answers = hot_spot("insertion_sort", work.ranking, 900)
    assert answers[-1] == "insertion_sort", explain(
        answers, "insertion_sort", "hottest(workloads.ranking, 900)"
    )


def test_built_ins_do_not_count():
    """resort(20000) spends most time in the built-in sorted(); the hottest Python function is scramble."""
    work = programs()
    answers = hot_spot("scramble", work.resort, 20000)
    assert answers[-1] == "scramble", explain(answers, "scramble", "hottest(workloads.resort, 20000)")


def test_each_call_is_profiled_afresh():
    """A second hottest() sees only its own program, not what an earlier call measured."""
    work = programs()
    profiler.hottest(work.ranking, 1200)
    answers = hot_spot("checksum", work.report, 500, 60)
    assert answers[-1] == "checksum", (
        f"After hottest(workloads.ranking, 1200), hottest(workloads.report, 500, 60) returned "
        f"{answers[-1]!r} instead of 'checksum'. Make a new cProfile.Profile() in every "
        "call: one kept from an earlier call still holds that call's times"
        if answers[-1] == "insertion_sort"
        else explain(answers, "checksum", "hottest(workloads.report, 500, 60)")
    )


def test_call_counts_of_a_small_program():
    """call_counts(report, 50, 2): each of the four Python functions runs once."""
    work = programs()
    counts = profiler.call_counts(work.report, 50, 2)
    assert isinstance(counts, dict), f"call_counts should return a dict, not {type(counts).__name__}"
    built_ins = [name for name in counts if str(name).startswith("<")]
    assert not built_ins, (
        f"call_counts should count only Python functions, but it has built-ins too: {built_ins[:3]}. "
        "Leave out the rows whose file name is '~'"
    )
    expected = {"report": 1, "make_rows": 1, "parse": 1, "checksum": 1}
    assert counts == expected, (
        f"call_counts(workloads.report, 50, 2) should return {expected}: the function names "
        "(the last part of each key of the stats) with their number of calls"
    )


def test_call_counts_count_every_recursive_call():
    """call_counts(spiral, 12) counts every call of the recursive fib, not only the outside ones."""
    work = programs()
    counts = profiler.call_counts(work.spiral, 12)
    expected = {"spiral": 1, "fib": 3 * fib_calls(12), "make_rows": 1, "parse": 1, "checksum": 1}
    assert isinstance(counts, dict), f"call_counts should return a dict, not {type(counts).__name__}"
    if counts.get("fib") == 3:
        pytest.fail(
            "call_counts(workloads.spiral, 12) says fib ran 3 times: that is its number of "
            "PRIMITIVE calls (the calls from outside). Each row of the stats is "
            "(primitive calls, calls, tottime, cumtime, callers): count all the calls, the "
            f"second number ({expected['fib']} for fib here)",
            pytrace=False,
        )
    assert counts == expected, (
        f"call_counts(workloads.spiral, 12) should return {expected}: fib calls itself, and "
        "every one of those calls counts"
    )
    assert profiler.call_counts(work.fib, 1) == {"fib": 1}, (
        "call_counts(workloads.fib, 1) should return {'fib': 1}"
    )
