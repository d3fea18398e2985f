def numbers():
    seen = []
    for n in range(3):
        seen.append(n)
        yield seen


source = numbers()
first = next(source)
total = 0
for i in range(60):
    total += i
second = next(source)
print(first is second, second)
