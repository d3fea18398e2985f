class Money:
    """An amount of money in one currency, kept in whole cents."""

    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency

    @classmethod
    def parse(cls, text: str) -> "Money":
        """Turn text such as "12.50 EUR" into Money(1250, "EUR")."""
        amount, currency = text.split()
        # float("0.29") * 100 is 28.999999999999996: round to whole cents.
        return cls(round(float(amount) * 100), currency)

    def __repr__(self) -> str:
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented  # Python then answers False
        return self.cents == other.cents and self.currency == other.currency

    def __hash__(self) -> int:
        # Equal objects must have equal hashes: hash what __eq__ compares.
        return hash((self.cents, self.currency))

    def __add__(self, other: "Money") -> "Money":
        if not isinstance(other, Money):
            return NotImplemented  # Python then raises TypeError
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)
