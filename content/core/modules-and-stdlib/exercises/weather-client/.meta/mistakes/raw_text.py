import urllib.error
import urllib.request


def get_json(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def temperature(base_url, city):
    try:
        data = get_json(f"{base_url}/weather/{city}")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise
    return data["temperature"]


def warmest(base_url):
    best = None
    for city in get_json(f"{base_url}/cities"):
        t = temperature(base_url, city)
        if t is not None and (best is None or t > best[1]):
            best = (city, t)
    return best[0]
