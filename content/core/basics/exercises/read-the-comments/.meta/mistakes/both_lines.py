def sale_price(price, percent_off):
    discount = price * percent_off / 100
    discount = price * percent_off  # WRONG: this forgets to divide by 100
    return round(price - discount, 2)
