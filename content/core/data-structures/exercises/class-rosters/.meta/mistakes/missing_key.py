def rosters(choices):
    result = {}
    for pupil, clubs in choices.items():
        for club in clubs:
            result[club].append(pupil)
    for pupils in result.values():
        pupils.sort()
    return result


def size_then_name(item):
    club, pupils = item
    return (-len(pupils), club)


def biggest_club(clubs):
    return sorted(clubs.items(), key=size_then_name)[0][0]
