def numbered(items):
    for number, item in enumerate(items, start=1):
        print(f"{number}. {item}")
