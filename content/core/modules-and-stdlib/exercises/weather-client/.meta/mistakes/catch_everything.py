import json
import urllib.request


def get_json(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())


def temperature(base_url, city):
    try:
        return get_json(f"{base_url}/weather/{city}")["temperature"]
    except Exception:
        return None


def warmest(base_url):
    best = None
    for city in get_json(f"{base_url}/cities"):
        try:
            data = get_json(f"{base_url}/weather/{city}")
        except Exception:
            continue
        if best is None or data["temperature"] > best["temperature"]:
            best = data
    return best["city"]
