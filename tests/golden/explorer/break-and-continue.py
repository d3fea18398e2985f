found = None
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n * n > 20:
        found = n
        break
print(found)
