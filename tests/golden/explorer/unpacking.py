point = (3, 4)
x, y = point
first, *rest = [1, 2, 3, 4]
a, b = 1, 2
a, b = b, a
print(x, y, first, rest, a, b)
