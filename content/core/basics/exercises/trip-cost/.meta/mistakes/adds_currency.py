distance = float(input("Distance in km: "))
consumption = float(input("Litres per 100 km: "))
price = float(input("Price per litre: "))

litres = distance * consumption / 100
cost = litres * price

print(f"Fuel needed: {litres:.2f} litres")
print(f"Trip cost: {cost:.2f} euros")
