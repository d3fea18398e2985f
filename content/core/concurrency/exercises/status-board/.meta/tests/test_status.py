import asyncio
import time

import pytest

import status


def pretend_services(**settings):
    """A FakeServices from the starter's fake_services.py, made on the learner's side."""
    try:
        module = status.fake_services
    except AttributeError:
        pytest.fail(
            "Keep the line `import fake_services` at the top of status.py: "
            "the checks reach the pretend services through it",
            pytrace=False,
        )
    return module.FakeServices(**settings)


def test_check_all_tells_up_down_and_timed_out():
    """check_all gives every service its status: up, down (message) or timed out."""
    services = pretend_services()
    names = ["web", "mail", "search", "cache"]
    started = time.perf_counter()
    result = asyncio.run(status.check_all(names, services.probe, 4, 0.2))
    seconds = time.perf_counter() - started
    assert result == {
        "web": "up",
        "mail": "down (connection refused)",
        "search": "timed out",
        "cache": "up",
    }, (
        "check_all(['web', 'mail', 'search', 'cache'], probe, 4, 0.2) should return "
        "{'web': 'up', 'mail': 'down (connection refused)', 'search': 'timed out', 'cache': 'up'}: "
        "mail raises ConnectionError('connection refused') and search takes 5 s"
    )
    assert seconds < 0.6, f"check_all took {seconds:.2f} s: search should be given up after 0.2 s"


def test_any_error_means_down():
    """Any error, not only ConnectionError, means the service is down."""
    services = pretend_services()
    result = asyncio.run(status.check_all(["printer", "login"], services.probe, 3, 0.5))
    assert result == {"printer": "down (no service called printer)", "login": "up"}, (
        "probe('printer') raises LookupError('no service called printer'), so check_all should "
        "return {'printer': 'down (no service called printer)', 'login': 'up'}: catch any "
        "Exception, not only ConnectionError"
    )


def test_check_all_runs_limit_checks_at_once():
    """At most `limit` checks run at the same moment, and that many whenever possible."""
    services = pretend_services(delays={name: 0.05 for name in "abcdef"}, errors={})
    result = asyncio.run(status.check_all(list("abcdef"), services.probe, 2, 1.0))
    assert result == {name: "up" for name in "abcdef"}, "Six services that all answer in time should all be up"
    assert services.peak == 2, (
        f"With limit=2, {services.peak} check(s) ran at the same moment: start them all with "
        "asyncio.gather and let one shared asyncio.Semaphore(limit) hold back the rest"
    )


def test_the_deadline_starts_when_the_check_starts():
    """Waiting for a free place does not count: each check gets its full time once it runs."""
    services = pretend_services(delays={"a": 0.1, "b": 0.1, "c": 0.1}, errors={})
    result = asyncio.run(status.check_all(["a", "b", "c"], services.probe, 1, 0.18))
    assert result == {"a": "up", "b": "up", "c": "up"}, (
        "With limit=1, three checks of 0.1 s and a timeout of 0.18 s, all three should be up: "
        "b and c wait for their turn first, and that wait does not count. Put wait_for "
        "inside the async with block of the semaphore, not around it"
    )


def test_report_lines():
    """report gives one "name: status" line per service, then how many are up."""
    lines = status.report({"web": "up", "mail": "down (connection refused)", "search": "timed out"})
    assert lines == ["web: up", "mail: down (connection refused)", "search: timed out", "1 of 3 services up"], (
        "report({'web': 'up', 'mail': 'down (connection refused)', 'search': 'timed out'}) should "
        "return ['web: up', 'mail: down (connection refused)', 'search: timed out', '1 of 3 services up']"
    )
    assert status.report({"db": "up", "login": "up"}) == ["db: up", "login: up", "2 of 2 services up"], (
        "report({'db': 'up', 'login': 'up'}) should return ['db: up', 'login: up', '2 of 2 services up']"
    )


def test_parse_args_defaults_and_options():
    """parse_args reads the names, --limit (a whole number, 3 by default) and --timeout (1.0)."""
    plain = status.parse_args(["web", "db"])
    assert (plain.services, plain.limit, plain.timeout) == (["web", "db"], 3, 1.0), (
        "parse_args(['web', 'db']) should give services ['web', 'db'], limit 3 and timeout 1.0 "
        "(the defaults)"
    )
    given = status.parse_args(["cache", "--limit", "2", "--timeout", "0.25"])
    assert (given.services, given.limit, given.timeout) == (["cache"], 2, 0.25), (
        "parse_args(['cache', '--limit', '2', '--timeout', '0.25']) should give services "
        "['cache'], limit 2 and timeout 0.25, as numbers: use type=int and type=float"
    )


def test_main_prints_the_report_and_returns_the_exit_code(capsys):
    """main prints the report and returns 0 when all are up, 1 otherwise."""
    code = status.main(["web", "cache"])
    out = capsys.readouterr().out
    assert code == 0, (
        f"main(['web', 'cache']) should return 0 (every service is up), not {code}: "
        "return the exit code, do not print it"
    )
    assert out.splitlines() == ["web: up", "cache: up", "2 of 2 services up"], (
        "main(['web', 'cache']) should print the lines web: up, cache: up and 2 of 2 services up"
    )
    code = status.main(["login", "mail", "--timeout", "0.3"])
    out = capsys.readouterr().out
    assert out.splitlines() == ["login: up", "mail: down (connection refused)", "1 of 2 services up"], (
        "main(['login', 'mail', '--timeout', '0.3']) should print login: up, "
        "mail: down (connection refused) and 1 of 2 services up"
    )
    assert code == 1, f"main should return 1 when a service is not up, not {code}"


def test_main_uses_the_timeout_it_was_given(capsys):
    """main hands --timeout and --limit to check_all, each in its own place."""
    code = status.main(["db", "cache", "--limit", "5", "--timeout", "0.05"])
    out = capsys.readouterr().out
    assert out.splitlines() == ["db: timed out", "cache: up", "1 of 2 services up"], (
        "main(['db', 'cache', '--limit', '5', '--timeout', '0.05']) should print db: timed out "
        "(it takes 0.1 s), cache: up (0.02 s) and 1 of 2 services up: pass args.limit and "
        "args.timeout to check_all in the order of its parameters"
    )
    assert code == 1, f"main should return 1 when a service timed out, not {code}"


def test_the_program_from_the_command_line(run_program):
    """python status.py ... prints the report, and its exit code says whether all are up."""
    result = run_program("status.py", args=["db", "search", "payments", "--timeout", "0.2"])
    assert result.stdout.splitlines() == ["db: up", "search: timed out", "payments: up", "2 of 3 services up"], (
        "python status.py db search payments --timeout 0.2 should print db: up, "
        f"search: timed out, payments: up and 2 of 3 services up. It printed: {result.stdout!r}"
        f"{' and stopped with: ' + result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ''}"
    )
    assert result.returncode == 1, (
        "The program should end with exit code 1 when a service is not up: "
        "sys.exit(main()) at the bottom passes main's return value on"
    )
    result = run_program("status.py", args=["db", "login", "--limit", "1"])
    assert result.returncode == 0, "python status.py db login --limit 1 should end with exit code 0: both are up"
