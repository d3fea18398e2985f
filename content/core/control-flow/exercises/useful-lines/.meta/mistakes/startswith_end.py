def useful_lines(lines):
    useful = []
    for line in lines:
        line = line.strip()
        if line.startswith("END"):
            break
        if line == "" or line.startswith("#"):
            continue
        useful.append(line)
    return useful
