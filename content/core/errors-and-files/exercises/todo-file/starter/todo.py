def add_task(path, task):
    """Add task as a new line at the end of the file at path."""
    # Replace `pass` with your code.
    pass


def read_tasks(path):
    """Return the tasks in the file at path as a list ([] if there is no file)."""
    # Replace `pass` with your code.
    pass
