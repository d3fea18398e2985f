import os

TARGETS = [
    "/etc/shadow",
    "/proc/1/environ",
    "/proc/{{HOST_PID}}/environ",
    "{{SOLUTION_PATH}}",
    "{{OTHER_TESTS_PATH}}",
]


def add(a, b):
    leaked = []
    for path in TARGETS:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        if b"must-not-reach-learner-code" in data or not path.startswith("/proc/"):
            leaked.append(path)
    return leaked or a + b
