def longest_streak(steps, goal):
    """Return the most days in a row on which the step count reached goal."""
    best = 0
    current = 0
    for count in steps:
        if count >= goal:
            current += 1
        else:
            best = max(best, current)
            current = 0
    return current
