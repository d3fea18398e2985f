"""stockcheck: which products of the shop are running low.

core holds the rules (no files, no settings), settings reads a config file,
cli is the command that ties them together.
"""
