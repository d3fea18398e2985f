def receipt_line(item, quantity, price):
    return f"{quantity} x {item} @ {round(price, 2)} = {round(quantity * price, 2)}"
