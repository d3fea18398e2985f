def sale_price(price, percent_off):
    discount = price * percent_off / 100
    print("checking:", price, percent_off, discount)
    return round(price - discount, 2)
