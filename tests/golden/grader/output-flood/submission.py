def add(a, b):
    while True:
        print("spam" * 1000)
