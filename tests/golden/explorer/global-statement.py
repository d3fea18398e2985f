calls = 0


def counted():
    global calls
    calls += 1


counted()
counted()
print(calls)
