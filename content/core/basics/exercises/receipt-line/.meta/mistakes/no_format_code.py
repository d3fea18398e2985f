def receipt_line(item, quantity, price):
    return f"{quantity} x {item} @ {price} = {quantity * price}"
