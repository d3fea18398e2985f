import json


def save_settings(path, settings):
    """Write the dictionary settings to the file at path as JSON."""
    # "w" replaces the old file: the whole dictionary is written every time.
    with open(path, "w", encoding="utf-8") as file:
        json.dump(settings, file, indent=2)


def load_settings(path, defaults):
    """Return a new dict: defaults, with the values from the JSON file at path on top."""
    settings = dict(defaults)   # a copy: the caller's defaults stay as they were
    try:
        with open(path, encoding="utf-8") as file:
            settings.update(json.load(file))
    except FileNotFoundError:
        pass                    # no file yet: the defaults are all there is
    return settings
