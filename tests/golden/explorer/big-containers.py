numbers = list(range(1000))
squares = {n: n * n for n in range(100)}
print(len(numbers), squares[99])
