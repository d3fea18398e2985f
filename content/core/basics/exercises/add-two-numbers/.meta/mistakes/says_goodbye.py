first = int(input("First number: "))
second = int(input("Second number: "))
print(f"The sum is {first + second}")
print("Thanks for adding with me!")
