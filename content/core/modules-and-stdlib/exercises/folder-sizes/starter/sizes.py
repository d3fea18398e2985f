import os
import sys


def file_sizes(folder):
    """Return a list of (name, size in bytes) for the files directly in folder, sorted by name."""
    # Replace `pass` with your code.
    pass


def main():
    """Print the size of every file in the folder named on the command line."""
    # Replace `pass` with your code.
    pass


if __name__ == "__main__":
    main()
