def longest_streak(steps, goal):
    """Return the most days in a row on which the step count reached goal."""
    best = 0
    current = 0
    for count in steps:
        if count > goal:
            current += 1
        else:
            best = max(best, current)
            current = 0
    return best


# Runs only when you start the file yourself (python streak.py), not in the checks.
if __name__ == "__main__":
    print(longest_streak([9000, 4000, 8000, 11000, 9500, 10200], 8000))
