def ticket_price(age):
    price = 12
    if age < 4:
        price = 0
    if age < 12:
        price = 6
    if age >= 65:
        price = 8
    return price
