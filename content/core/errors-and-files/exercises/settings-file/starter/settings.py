import json


def save_settings(path, settings):
    """Write the dictionary settings to the file at path as JSON."""
    # Replace `pass` with your code.
    pass


def load_settings(path, defaults):
    """Return a new dict: defaults, with the values from the JSON file at path on top."""
    # Replace `pass` with your code.
    pass
