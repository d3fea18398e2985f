"""Two slow functions that give the right answers. Make them fast, keeping the answers."""


def new_visitors(today, known):
    """The ids in `today` that are not in `known`, each once, in the order they first came."""
    skip = set(known)
    result = []
    for visitor in today:
        if visitor not in skip:
            skip.add(visitor)
            result.append(visitor)
    return result


def pairs_with_sum(prices, target):
    """How many pairs of positions i < j have prices[i] + prices[j] == target."""
    count = 0
    for i, price in enumerate(prices):
        count += prices[i + 1:].count(target - price)  # list.count is C, but still reads the rest
    return count
