from collections import Counter


def top_words(text, n):
    words = [w.strip(".,!?") for w in text.lower().split()]
    words = [w for w in words if w]
    return Counter(words).most_common(n)


def group_by_length(words):
    groups = {}
    for word in words:
        groups[len(word)].append(word)
    return groups
