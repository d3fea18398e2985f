def chunked(records, size):
    records = list(records)
    return [records[i:i + size] for i in range(0, len(records), size)]
