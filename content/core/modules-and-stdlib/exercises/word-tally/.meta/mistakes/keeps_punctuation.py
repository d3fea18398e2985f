from collections import Counter, defaultdict


def top_words(text, n):
    return Counter(text.lower().split()).most_common(n)


def group_by_length(words):
    groups = defaultdict(list)
    for word in words:
        groups[len(word)].append(word)
    return dict(groups)
