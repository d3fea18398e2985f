def quiz_score(answers, key):
    score = 0
    for i in range(len(key)):
        if answers[i] == key[i]:
            score += 1
    return score
