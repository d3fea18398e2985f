from pathlib import Path


def group_by_extension(folder):
    """Return {group: sorted list of file names} for the files directly in folder."""
    # Replace `pass` with your code.
    pass


def tidy(folder):
    """Move each file of folder into a folder named after its group; return how many moved."""
    # Replace `pass` with your code.
    pass
