def total_size(folder):
    total = 0
    for value in folder.values():
        if isinstance(value, dict):
            total += total_size(value)
        else:
            total += value
    return total


def count_files(folder):
    count = 0
    for value in folder.values():
        count += 1
        if isinstance(value, dict):
            count += count_files(value)
    return count
