import os
import sys


def file_sizes(folder):
    sizes = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            sizes.append((name, os.path.getsize(path)))
    return sizes


def main():
    if len(sys.argv) != 2:
        print("Usage: python sizes.py FOLDER", file=sys.stderr)
        sys.exit(2)
    sizes = file_sizes(sys.argv[1])
    for name, size in sizes:
        print(f"{name}: {size} bytes")
    print(f"{len(sizes)} files, {sum(s for _, s in sizes)} bytes in total")


if __name__ == "__main__":
    main()
