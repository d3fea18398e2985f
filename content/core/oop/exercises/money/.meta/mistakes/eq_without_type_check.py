class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        return cls(round(float(amount) * 100), currency)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __eq__(self, other):
        return self.cents == other.cents and self.currency == other.currency

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)
