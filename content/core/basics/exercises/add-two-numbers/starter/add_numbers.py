# Ask for two whole numbers, then print their sum like this:
# The sum is 7

# Step 1: ask for the first number with input().

# Step 2: ask for the second number.

# Step 3: print the sum.
