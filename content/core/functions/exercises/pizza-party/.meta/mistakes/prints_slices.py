def slices_needed(people):
    print(people * 3)


def pizzas_needed(people):
    slices = slices_needed(people)
    return (slices + 7) // 8
