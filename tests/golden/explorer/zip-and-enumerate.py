names = ["Ada", "Grace", "Linus"]
years = [1815, 1906, 1969]
for index, (name, year) in enumerate(zip(names, years), start=1):
    print(index, name, year)
