from collections import Counter, defaultdict


def top_words(text, n):
    words = [w.strip(".,!?") for w in text.split()]
    words = [w for w in words if w]
    return Counter(words).most_common(n)


def group_by_length(words):
    groups = defaultdict(list)
    for word in words:
        groups[len(word)].append(word)
    return dict(groups)
