"""Prices of the shop's products, with tax, from the command line."""

__version__ = "1.2.0"
