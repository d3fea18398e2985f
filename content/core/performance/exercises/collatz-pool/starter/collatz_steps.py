"""The work to spread over the processes. Do not change this file: the checks use their own copy."""


def steps(n):
    """How many Collatz steps take n down to 1: halve an even number, make an odd one 3n + 1."""
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count
