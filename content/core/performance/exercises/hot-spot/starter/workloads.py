"""Small programs to profile. Read them, but do not change them: the checks use their own copy.

Try in a terminal:  python -c "import cProfile, workloads; cProfile.run('workloads.report(2000, 30)', sort='tottime')"
"""


def make_rows(count):
    """count lines of CSV text: name,price,quantity."""
    rows = []
    for number in range(count):
        rows.append(f"item-{number},{number * 37 % 1000},{number % 7 + 1}")
    return rows


def parse(rows):
    """The lines as (name, price, quantity) tuples."""
    records = []
    for row in rows:
        name, price, quantity = row.split(",")
        records.append((name, int(price), int(quantity)))
    return records


def checksum(records, rounds):
    """A checksum of the records that mixes every price `rounds` times: pure arithmetic."""
    total = 0
    for _name, price, quantity in records:
        for _ in range(rounds):
            total = (total * 31 + price * quantity) % 1_000_003
    return total


def insertion_sort(values):
    """A sorted copy, made the slow way: every value walks left past the bigger ones."""
    result = list(values)
    for i in range(1, len(result)):
        value = result[i]
        j = i - 1
        while j >= 0 and result[j] > value:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = value
    return result


def report(count, rounds):
    """Make the rows, parse them and mix them into a checksum."""
    return checksum(parse(make_rows(count)), rounds)


def ranking(count):
    """The prices of `count` rows, sorted (slowly)."""
    prices = []
    for _name, price, _quantity in parse(make_rows(count)):
        prices.append(price)
    return insertion_sort(prices)


def fib(n):
    """The n-th Fibonacci number, by plain recursion: it calls itself again and again."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def scramble(count):
    """count numbers in a jumbled order."""
    values = []
    for number in range(count):
        value = number
        for _ in range(5):
            value = (value * 7919 + 13) % count
        values.append(value)
    return values


def resort(count):
    """Sort a jumbled list again and again, as text: the time goes to the built-in sorted()."""
    values = scramble(count)
    for _ in range(40):
        values = sorted(values, key=str)
    return values[0]


def spiral(n):
    """fib(n) three times, then the checksum of a few rows."""
    total = 0
    for _ in range(3):
        total += fib(n)
    return total + checksum(parse(make_rows(10)), 1)
