def add(a, b):
    handles = []
    try:
        while True:
            handles.append(open("/dev/null"))
    except OSError as exc:
        return f"out of descriptors: {exc.strerror}"
