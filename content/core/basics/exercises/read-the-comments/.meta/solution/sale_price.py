def sale_price(price, percent_off):
    """Return the price after taking percent_off percent off, rounded to 2 decimals."""
    # Step 1: work out how much money comes off.
    # 20 percent of 50 is 50 * 20 / 100, which is 10.
    discount = price * percent_off / 100

    # A check someone used while testing. Keep it switched off:
    # print("checking:", price, percent_off, discount)

    # Step 2: take the discount away from the price and give the result back.
    return round(price - discount, 2)
