def countdown(start):
    for number in range(1, start + 1):
        print(number)
    print("Liftoff!")
