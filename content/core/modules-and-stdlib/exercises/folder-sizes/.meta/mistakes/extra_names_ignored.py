import os
import sys


def file_sizes(folder):
    """Return a list of (name, size in bytes) for the files directly in folder, sorted by name."""
    sizes = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)  # listdir gives bare names: add the folder
        if os.path.isfile(path):  # skip sub-folders
            sizes.append((name, os.path.getsize(path)))
    return sizes


def main():
    """Print the size of every file in the folder named on the command line."""
    if len(sys.argv) < 2:
        print("Usage: python sizes.py FOLDER", file=sys.stderr)
        sys.exit(2)
    folder = sys.argv[1]
    if not os.path.isdir(folder):
        print(f"Error: no such folder: {folder}", file=sys.stderr)
        sys.exit(1)
    sizes = file_sizes(folder)
    for name, size in sizes:
        print(f"{name}: {size} bytes")
    total = sum(size for _, size in sizes)
    print(f"{len(sizes)} files, {total} bytes in total")


if __name__ == "__main__":
    main()
