def add(a, b):
    # bytes(n) reserves memory without writing it (calloc): the address-space limit stops the
    # hog at once. A bytearray would write every page first, and on a busy machine that work
    # can outlast the 1 s CPU limit, turning this scenario's verdict into a timeout.
    hog = []
    while True:
        hog.append(bytes(50 * 1024 * 1024))
