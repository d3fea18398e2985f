def total_size(folder):
    total = 0
    for value in folder.values():
        if isinstance(value, dict):
            total_size(value)
        else:
            total += value
    return total


def count_files(folder):
    count = 0
    for value in folder.values():
        if isinstance(value, dict):
            count_files(value)
        else:
            count += 1
    return count
