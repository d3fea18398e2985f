word = "naïve café 🙂"
print(len(word), word.upper())
