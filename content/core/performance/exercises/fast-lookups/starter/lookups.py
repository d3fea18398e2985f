"""Two slow functions that give the right answers. Make them fast, keeping the answers."""


def new_visitors(today, known):
    """The ids in `today` that are not in `known`, each once, in the order they first came."""
    result = []
    for visitor in today:
        if visitor not in known and visitor not in result:
            result.append(visitor)
    return result


def pairs_with_sum(prices, target):
    """How many pairs of positions i < j have prices[i] + prices[j] == target."""
    count = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            if prices[i] + prices[j] == target:
                count += 1
    return count
