from collections import Counter, defaultdict


def top_words(text, n):
    """Return the n most common words of text as (word, count) pairs, most common first."""
    words = []
    for word in text.lower().split():
        word = word.strip(".,!?")
        if word:  # a lone "!" leaves nothing behind
            words.append(word)
    # most_common keeps words with equal counts in the order they were first seen.
    return Counter(words).most_common(n)


def group_by_length(words):
    """Return a dict mapping each word length to the list of words of that length."""
    groups = defaultdict(list)  # a new length starts with an empty list
    for word in words:
        groups[len(word)].append(word)
    return dict(groups)
