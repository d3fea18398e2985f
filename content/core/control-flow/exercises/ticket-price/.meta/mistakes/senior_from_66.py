def ticket_price(age):
    if age < 4:
        return 0
    elif age < 12:
        return 6
    elif age <= 65:
        return 12
    else:
        return 8
