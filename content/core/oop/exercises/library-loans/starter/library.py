"""A small lending library: books, members and loans, run by text commands."""

import sys
from dataclasses import dataclass, field


class LoanError(Exception):
    """The library refuses a loan or a return."""


# Make Book a frozen dataclass with the fields code and title.
class Book:
    pass


# Make Member a dataclass with name, limit and its own list of books,
# and a read-only property can_borrow.
class Member:
    pass


class Library:
    """The books, the members, and who has borrowed what."""

    def __init__(self):
        # Keep the books, the members and the loans in protected attributes.
        pass

    def add_book(self, code, title):
        raise NotImplementedError

    def add_member(self, name, limit):
        raise NotImplementedError

    def lend(self, code, name):
        raise NotImplementedError

    def give_back(self, code):
        raise NotImplementedError

    def available(self):
        """The books nobody has borrowed, sorted by title."""
        raise NotImplementedError


def run(library, line):
    """Carry out one command and return the line to print."""
    raise NotImplementedError


def main():
    # Step 1: make a Library.
    # Step 2: for each line of sys.stdin, take the line end off with .strip();
    #         if something is left, print what run(library, line) returns.
    pass


if __name__ == "__main__":
    main()
