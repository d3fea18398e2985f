def useful_lines(lines):
    useful = []
    for line in lines:
        line = line.strip()
        if line == "END":
            break
        if line == "" or line.startswith("#"):
            break
        useful.append(line)
    return useful
