def total(prices: list[float]) -> float:
    """The sum of the prices."""
    return sum(prices)
