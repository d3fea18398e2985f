def count_vowels(text):
    """Return how many vowels (a, e, i, o, u, small or capital) are in text."""
    count = 0
    for letter in text:
        # .lower() lets one check cover "A" and "a".
        if letter.lower() in "aeiou":
            count += 1
    # After the loop: every letter has been looked at.
    return count
