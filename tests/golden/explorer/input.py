name = input("Your name? ")
age = int(input("Your age? "))
print(f"{name} will be {age + 1} next year")
