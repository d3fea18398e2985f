def quiz_score(answers, key):
    if answers == key:
        return len(key)
    else:
        return 0
