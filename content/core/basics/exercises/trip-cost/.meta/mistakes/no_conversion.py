distance = input("Distance in km: ")
consumption = input("Litres per 100 km: ")
price = input("Price per litre: ")
litres = distance * consumption / 100
cost = litres * price
print(f"Fuel needed: {litres:.2f} litres")
print(f"Trip cost: {cost:.2f}")
