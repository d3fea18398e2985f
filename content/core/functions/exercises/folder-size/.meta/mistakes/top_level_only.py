def total_size(folder):
    total = 0
    for value in folder.values():
        if not isinstance(value, dict):
            total += value
    return total


def count_files(folder):
    count = 0
    for value in folder.values():
        if not isinstance(value, dict):
            count += 1
    return count
