import os


def add(a, b):
    leaked = sorted(
        k
        for k in os.environ
        if k
        not in (
            "PATH",
            "HOME",
            "TMPDIR",
            "LANG",
            "PYTHONIOENCODING",
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD",
            "PYTEST_CURRENT_TEST",
            "PYTEST_VERSION",
        )
    )
    return leaked or a + b
