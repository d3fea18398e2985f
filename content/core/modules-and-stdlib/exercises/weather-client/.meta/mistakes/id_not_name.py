import json
import urllib.error
import urllib.request


def get_json(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())


def temperature(base_url, city):
    try:
        data = get_json(f"{base_url}/weather/{city}")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise
    return data["temperature"]


def warmest(base_url):
    best_city = None
    best_temperature = None
    for city in get_json(f"{base_url}/cities"):
        t = temperature(base_url, city)
        if t is not None and (best_temperature is None or t > best_temperature):
            best_city = city
            best_temperature = t
    return best_city
