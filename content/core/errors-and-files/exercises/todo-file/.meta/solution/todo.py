def add_task(path, task):
    """Add task as a new line at the end of the file at path."""
    # "a" appends and creates the file if needed; "w" would wipe the tasks already there.
    with open(path, "a", encoding="utf-8") as file:
        file.write(task + "\n")


def read_tasks(path):
    """Return the tasks in the file at path as a list ([] if there is no file)."""
    try:
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except FileNotFoundError:
        return []
    return [line.strip() for line in lines if line.strip()]
