def km_to_miles(km: float) -> float:
    return km * 0.621371


def main() -> None:
    import sys

    print(f"{km_to_miles(float(sys.argv[1])):.1f}")
