def total_size(folder):
    total = 0
    for value in folder.values():
        if isinstance(value, dict):
            for inner in value.values():
                if isinstance(inner, dict):
                    for innermost in inner.values():
                        total += innermost
                else:
                    total += inner
        else:
            total += value
    return total


def count_files(folder):
    count = 0
    for value in folder.values():
        if isinstance(value, dict):
            for inner in value.values():
                if isinstance(inner, dict):
                    count += len(inner)
                else:
                    count += 1
        else:
            count += 1
    return count
