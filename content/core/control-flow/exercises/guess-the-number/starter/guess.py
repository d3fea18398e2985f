# Guess the number: player one types a secret number, player two guesses
# until it is right. After each guess print Too low, Too high, or
# Correct! Guesses: 3 (with the number of guesses), then stop.

# Step 1: ask for the secret number.

# Step 2: repeat: ask for a guess, count it, and answer it.

# Step 3: stop the loop after the correct guess.
