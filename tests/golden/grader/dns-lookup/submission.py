import socket


def add(a, b):
    try:
        socket.getaddrinfo("example.com", 80)
    except OSError as exc:
        return f"blocked: {type(exc).__name__}"
    return a + b
