def useful_lines(lines):
    """Return the stripped lines up to END, without blank lines and # comments."""
    useful = []
    for line in lines:
        line = line.strip()
        if line == "END":
            break        # stop reading: nothing after END counts
        if line == "" or line.startswith("#"):
            continue     # skip just this line
        useful.append(line)
    return useful
