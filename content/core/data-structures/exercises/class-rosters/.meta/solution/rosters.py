def rosters(choices):
    """Return a dictionary from each club to the sorted list of pupils who chose it."""
    result = {}
    for pupil, clubs in choices.items():
        for club in clubs:
            # Each club gets its own new list the first time it turns up.
            if club not in result:
                result[club] = []
            result[club].append(pupil)
    for pupils in result.values():
        pupils.sort()
    return result


def size_then_name(item):
    """Sort key for a (club, pupils) pair: biggest club first, then club name A to Z."""
    club, pupils = item
    return (-len(pupils), club)


def biggest_club(clubs):
    """Return the club with the most pupils; on a tie, the club name that comes first A to Z."""
    ordered = sorted(clubs.items(), key=size_then_name)
    # ordered[0] is the (club, pupils) pair that comes first; [0] again is its name.
    return ordered[0][0]
