def run_safely(task):
    """Call task(), print a log of what happened, and return task's result (or None)."""
    # Replace `pass` with your code.
    pass
