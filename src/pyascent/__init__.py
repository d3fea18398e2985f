"""pyascent: learn Python by doing, offline, with verdicts you can trust."""

__version__ = "0.1.0"
