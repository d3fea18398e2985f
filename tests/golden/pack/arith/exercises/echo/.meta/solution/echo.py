def shout(text):
    return text.upper()


if __name__ == "__main__":
    print(shout(input()))
