import json
import urllib.error
import urllib.request


def get_json(url):
    """Request url and return its JSON answer as Python values."""
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())


def temperature(base_url, city):
    """Return the temperature of city, or None if the server does not know it (404)."""
    try:
        data = get_json(f"{base_url}/weather/{city}")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise  # any other error (a broken server, ...) is not ours to hide
    return data["temperature"]


def warmest(base_url):
    """Return the name of the warmest city on the server's list, skipping unknown cities."""
    best_name = None
    best_temperature = None
    for city in get_json(f"{base_url}/cities"):
        try:
            data = get_json(f"{base_url}/weather/{city}")
        except urllib.error.HTTPError as error:
            if error.code == 404:
                continue
            continue
        if best_temperature is None or data["temperature"] > best_temperature:
            best_name = data["city"]
            best_temperature = data["temperature"]
    return best_name
