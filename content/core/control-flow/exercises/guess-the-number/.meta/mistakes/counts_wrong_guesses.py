secret = int(input("Secret number: "))
guesses = 0
while True:
    guess = int(input("Your guess: "))
    if guess < secret:
        print("Too low")
        guesses += 1
    elif guess > secret:
        print("Too high")
        guesses += 1
    else:
        print(f"Correct! Guesses: {guesses}")
        break
