def each_pays(total_cents, people):
    return total_cents // people


def left_over(total_cents, people):
    return people % total_cents
