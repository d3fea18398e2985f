"""Two slow functions that give the right answers. Make them fast, keeping the answers."""

from collections import Counter


def new_visitors(today, known):
    """The ids in `today` that are not in `known`, each once, in the order they first came."""
    skip = set(known)  # one O(len(known)) pass, then every `in` is O(1)
    result = []
    for visitor in today:
        if visitor not in skip:
            skip.add(visitor)  # seen now: a second visit is not new again
            result.append(visitor)
    return result


def pairs_with_sum(prices, target):
    """How many pairs of positions i < j have prices[i] + prices[j] == target."""
    count = 0
    seen = Counter()  # how many of each price came before this position
    for price in prices:
        count += seen[target - price]
        seen[price] += 1
    return count
