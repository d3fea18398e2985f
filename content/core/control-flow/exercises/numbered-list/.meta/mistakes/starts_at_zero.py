def numbered(items):
    lines = []
    for number, item in enumerate(items):
        lines.append(f"{number}. {item}")
    return lines
