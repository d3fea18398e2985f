people = [("Ada", 36), ("Alan", 41), ("Grace", 29)]
by_age = sorted(people, key=lambda person: person[1])
print(by_age[0][0])
