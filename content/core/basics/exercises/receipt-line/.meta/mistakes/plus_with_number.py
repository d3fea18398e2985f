def receipt_line(item, quantity, price):
    return quantity + " x " + item + " @ " + price + " = " + quantity * price
