def useful_lines(lines):
    useful = []
    for line in lines:
        line = line.strip()
        if line == "END" or line == "" or line.startswith("#"):
            continue
        useful.append(line)
    return useful
