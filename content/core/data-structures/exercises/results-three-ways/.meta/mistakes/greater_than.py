def passed(scores):
    return [name for name, points in scores.items() if points > 50]


def grades(scores):
    return {name: "pass" if points > 50 else "fail" for name, points in scores.items()}


def initials(scores):
    return {name[0].upper() for name in scores}
