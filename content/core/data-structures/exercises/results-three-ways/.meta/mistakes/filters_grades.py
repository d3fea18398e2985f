def passed(scores):
    return [name for name, points in scores.items() if points >= 50]


def grades(scores):
    return {name: "pass" for name, points in scores.items() if points >= 50}


def initials(scores):
    return {name[0].upper() for name in scores}
