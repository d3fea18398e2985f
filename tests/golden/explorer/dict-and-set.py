stock = {"apples": 3}
stock["pears"] = 5
seen = set()
seen.add("apples")
seen.add("apples")
print(stock, seen)
