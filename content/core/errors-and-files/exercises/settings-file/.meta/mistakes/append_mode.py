import json


def save_settings(path, settings):
    with open(path, "a", encoding="utf-8") as file:
        json.dump(settings, file, indent=2)


def load_settings(path, defaults):
    settings = dict(defaults)
    try:
        with open(path, encoding="utf-8") as file:
            settings.update(json.load(file))
    except FileNotFoundError:
        pass
    return settings
