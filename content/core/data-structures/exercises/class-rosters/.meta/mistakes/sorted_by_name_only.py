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
    # Sorted without a key: by club name only, so the size is never looked at.
    return sorted(clubs.items())[0][0]
