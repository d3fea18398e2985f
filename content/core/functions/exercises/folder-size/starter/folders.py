def total_size(folder):
    """Return the total size of all files in folder and its subfolders, at any depth."""
    # Replace `pass` with your code.
    pass


def count_files(folder):
    """Return the number of files in folder and its subfolders, at any depth."""
    # Replace `pass` with your code.
    pass
