def quiz_score(answers, key):
    score = 0
    for given in answers:
        if given in key:
            score += 1
    return score
