import os
import sys


def file_sizes(folder):
    return [
        (name, os.path.getsize(os.path.join(folder, name))) for name in sorted(os.listdir(folder))
    ]


def main():
    if len(sys.argv) != 2:
        print("Usage: python sizes.py FOLDER", file=sys.stderr)
        sys.exit(2)
    folder = sys.argv[1]
    if not os.path.isdir(folder):
        print(f"Error: no such folder: {folder}", file=sys.stderr)
        sys.exit(1)
    sizes = file_sizes(folder)
    for name, size in sizes:
        print(f"{name}: {size} bytes")
    print(f"{len(sizes)} files, {sum(s for _, s in sizes)} bytes in total")


if __name__ == "__main__":
    main()
