prices = [3, 8, 12, 5]
cheap = [p for p in prices if p < 10]
squares = {p: p * p for p in cheap}
total = sum(p for p in cheap)
print(cheap, squares, total)
