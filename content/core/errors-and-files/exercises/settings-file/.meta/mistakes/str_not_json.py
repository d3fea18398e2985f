import json


def save_settings(path, settings):
    with open(path, "w", encoding="utf-8") as file:
        file.write(str(settings))


def load_settings(path, defaults):
    settings = dict(defaults)
    try:
        with open(path, encoding="utf-8") as file:
            settings.update(json.load(file))
    except FileNotFoundError:
        pass
    return settings
