def rosters(choices):
    result = {}
    for pupil, clubs in choices.items():
        for club in clubs:
            if club not in result:
                result[club] = []
            result[club].append(pupil)
    return result


def size_then_name(item):
    club, pupils = item
    return (-len(pupils), club)


def biggest_club(clubs):
    return sorted(clubs.items(), key=size_then_name)[0][0]
