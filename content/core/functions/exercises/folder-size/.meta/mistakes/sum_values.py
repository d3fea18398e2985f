def total_size(folder):
    return sum(folder.values())


def count_files(folder):
    return len(folder)
