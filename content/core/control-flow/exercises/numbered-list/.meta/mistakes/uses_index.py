def numbered(items):
    lines = []
    for item in items:
        lines.append(f"{items.index(item) + 1}. {item}")
    return lines
