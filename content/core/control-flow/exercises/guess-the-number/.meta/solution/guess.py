# Guess the number: player one types a secret number, player two guesses
# until it is right. After each guess print Too low, Too high, or
# Correct! Guesses: 3 (with the number of guesses), then stop.

# int() so that we compare numbers: as text, "9" would be bigger than "100".
secret = int(input("Secret number: "))
guesses = 0

# We do not know how many guesses it takes, so repeat until the break.
while True:
    guess = int(input("Your guess: "))
    guesses += 1
    if guess < secret:
        print("Too low")
    elif guess > secret:
        print("Too high")
    else:
        print(f"Correct! Guesses: {guesses}")
        break
