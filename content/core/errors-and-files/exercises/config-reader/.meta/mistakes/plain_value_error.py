def read_config(path):
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    settings = {}
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ValueError(f"line {number}: expected 'key = value', got {line!r}")
        key, _, value = line.partition("=")
        key = key.strip()
        if not key:
            raise ValueError(f"line {number}: the key is missing")
        if key in settings:
            raise ValueError(f"line {number}: duplicate key {key!r}")
        settings[key] = value.strip()
    return settings
