class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


head = None
for i in range(6):
    head = Node(i, head)

numbers = [(i * 37) % 11 for i in range(8)]
for i in range(len(numbers)):
    for j in range(len(numbers) - 1 - i):
        if numbers[j] > numbers[j + 1]:
            numbers[j], numbers[j + 1] = numbers[j + 1], numbers[j]


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tally(words, counts):
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


counts = {}
tally(["a", "b", "a"], counts)
result = fib(6)
print(numbers, result, counts, head.value)
