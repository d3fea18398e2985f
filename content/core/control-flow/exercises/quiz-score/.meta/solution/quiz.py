def quiz_score(answers, key):
    """Return how many answers match the key at the same position."""
    score = 0
    # zip pairs the answers and the key position by position and stops at the
    # end of the shorter list, so unanswered questions are never compared.
    for given, correct in zip(answers, key):
        if given == correct:
            score += 1
    return score
