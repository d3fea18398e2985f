# Ask for two whole numbers, then print their sum like this:
# The sum is 7

# input() gives back text, so int() turns it into a whole number.
first = int(input("First number: "))
second = int(input("Second number: "))

print(f"The sum is {first + second}")
