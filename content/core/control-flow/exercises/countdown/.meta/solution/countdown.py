def countdown(start):
    """Print the numbers from start down to 1, one per line, then Liftoff!"""
    # A step of -1 counts down; the stop (0) is not included, so the last number is 1.
    for number in range(start, 0, -1):
        print(number)
    # Lined up with the for: runs once, after the loop has finished.
    print("Liftoff!")
