def sale_price(price, percent_off):
    discount = price * percent_off / 100
    # return round(price - discount, 2)
