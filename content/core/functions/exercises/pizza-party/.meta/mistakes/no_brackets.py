def slices_needed(people):
    return people * 3


def pizzas_needed(people):
    slices = slices_needed
    return (slices + 7) // 8
