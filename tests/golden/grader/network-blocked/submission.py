import socket


def add(a, b):
    try:
        socket.create_connection(("1.1.1.1", 53), timeout=1)
    except OSError as exc:
        return f"blocked: {type(exc).__name__}"
    return "connected"
