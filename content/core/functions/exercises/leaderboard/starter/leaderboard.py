def parse_entry(line):
    """Turn a line such as "ada 42" into the pair ("ada", 42)."""
    # Replace `pass` with your code.
    pass


def top_three(entries):
    """Return a new list of the three best (name, score) pairs: highest first, ties A to Z."""
    # Replace `pass` with your code.
    pass


def show(entries):
    """Print each (name, score) pair on its own numbered line, such as: 1. mia 50"""
    # Replace `pass` with your code.
    pass


def main():
    """The program: read the players, then show the top three."""
    # Step 1: read the number of players with input().
    # Step 2: read one line per player and turn it into a pair with parse_entry.
    # Step 3: print the top three with top_three and show.
    # Replace `pass` with your code.
    pass


# Runs main() when you start the program, but not when the tests import this file.
if __name__ == "__main__":
    main()
