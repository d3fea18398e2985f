def each_pays(total_cents, people):
    return round(total_cents / people)


def left_over(total_cents, people):
    return total_cents - round(total_cents / people) * people
