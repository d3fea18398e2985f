def km_to_miles(km: float) -> float:
    return km * 0.621371
