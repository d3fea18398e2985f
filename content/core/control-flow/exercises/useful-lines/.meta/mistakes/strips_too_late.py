def useful_lines(lines):
    useful = []
    for line in lines:
        if line == "END":
            break
        if line == "" or line.startswith("#"):
            continue
        useful.append(line.strip())
    return useful
