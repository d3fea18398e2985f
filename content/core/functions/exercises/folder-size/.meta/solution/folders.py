def total_size(folder):
    """Return the total size of all files in folder and its subfolders, at any depth."""
    total = 0
    for value in folder.values():
        if isinstance(value, dict):
            # A subfolder: the same question again, on a smaller folder.
            total += total_size(value)
        else:
            # A file: its size is the value.
            total += value
    # An empty folder makes no recursive call: that is where the recursion stops.
    return total


def count_files(folder):
    """Return the number of files in folder and its subfolders, at any depth."""
    count = 0
    for value in folder.values():
        if isinstance(value, dict):
            count += count_files(value)
        else:
            count += 1
    return count
