# Road trip fuel cost.
# Ask for the distance (km), the fuel use (litres per 100 km) and the price of
# one litre, then print two lines like these:
# Fuel needed: 19.50 litres
# Trip cost: 35.10

# input() gives text; float() turns it into a number that may have decimals.
distance = float(input("Distance in km: "))
consumption = float(input("Litres per 100 km: "))
price = float(input("Price per litre: "))

litres = distance * consumption / 100
cost = litres * price

# :.2f shows exactly two digits after the decimal point.
print(f"Fuel needed: {litres:.2f} litres")
print(f"Trip cost: {cost:.2f}")
