"""settings.py run as a program: python settings.py [FILE ...]"""


def test_prints_the_defaults(run_program):
    """Without files, the program prints the default settings."""
    result = run_program("settings.py")
    assert result.returncode == 0, f"The program should end with exit code 0, but it stopped with: {result.stderr.strip()[-300:]}"
    assert result.stdout.splitlines() == [
        "app_name = tickets", "port = 8000", "debug = False", "log_level = INFO", "workers = 2",
    ], "Without files, the program should print the five default settings, one 'name = value' per line"


def test_reads_the_files_in_order(run_program, tmp_path):
    """The files named on the command line are read in order."""
    base = tmp_path / "tickets.toml"
    base.write_text('app_name = "box office"\nport = 9000\n', encoding="utf-8")
    local = tmp_path / "local.toml"
    local.write_text('port = 9001\nlog_level = "WARNING"\n', encoding="utf-8")
    result = run_program("settings.py", args=[str(base), str(local)])
    assert result.returncode == 0, f"The program should end with exit code 0, but it stopped with: {result.stderr.strip()[-300:]}"
    assert result.stdout.splitlines() == [
        "app_name = box office", "port = 9001", "debug = False", "log_level = WARNING", "workers = 2",
    ], (
        "python settings.py tickets.toml local.toml should print app_name = box office, port = 9001 "
        "(local.toml wins), debug = False, log_level = WARNING and workers = 2"
    )


def test_an_error_is_one_line_and_exit_code_1(run_program, tmp_path):
    """A bad setting gives one line "error: <field>: <problem>" on stderr and exit code 1."""
    path = tmp_path / "tickets.toml"
    path.write_text("port = 70000\n", encoding="utf-8")
    result = run_program("settings.py", args=[str(path)])
    assert result.returncode == 1, (
        f"With port = 70000 the program should end with exit code 1 (return 1 from main), not {result.returncode}"
    )
    assert result.stderr.strip() == "error: port: Input should be less than or equal to 65535", (
        "With port = 70000 the program should print exactly one line to stderr, "
        "'error: port: Input should be less than or equal to 65535' (print(..., file=sys.stderr)), "
        f"but stderr was: {result.stderr.strip()[-300:]!r}"
    )
    assert result.stdout == "", "With an error, the program should print no settings"


def test_a_missing_file_is_an_error(run_program, tmp_path):
    """A file that does not exist gives an error line and exit code 1."""
    result = run_program("settings.py", args=[str(tmp_path / "nowhere.toml")])
    assert (result.returncode, result.stderr.strip()) == (1, "error: file: nowhere.toml was not found"), (
        "python settings.py nowhere.toml should print 'error: file: nowhere.toml was not found' "
        f"to stderr and end with exit code 1, but it gave exit code {result.returncode} and stderr "
        f"{result.stderr.strip()[-300:]!r}"
    )


def test_main_returns_the_exit_code(tmp_path, capsys):
    """main(argv) returns 0 when all is well and 1 after an error."""
    import settings

    assert settings.main([]) == 0, "main([]) should print the default settings and return 0"
    assert "port = 8000" in capsys.readouterr().out, "main([]) should print the line port = 8000"
    assert settings.main([str(tmp_path / "nowhere.toml")]) == 1, (
        "main with a file that does not exist should return 1"
    )
