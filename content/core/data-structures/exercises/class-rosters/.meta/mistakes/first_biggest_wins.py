def rosters(choices):
    result = {}
    for pupil, clubs in choices.items():
        for club in clubs:
            if club not in result:
                result[club] = []
            result[club].append(pupil)
    for pupils in result.values():
        pupils.sort()
    return result


def biggest_club(clubs):
    best = None
    for club, pupils in clubs.items():
        if best is None or len(pupils) > len(clubs[best]):
            best = club
    return best
