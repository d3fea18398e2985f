x = 0.1 + 0.2
big = 2 ** 100
neg = -0.0
inf = float("inf")
print(x, big, neg, inf)
