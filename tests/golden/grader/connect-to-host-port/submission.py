import socket


def add(a, b):
    try:
        socket.create_connection(("127.0.0.1", {{HOST_PORT}}), timeout=1).sendall(b"escaped")
    except OSError as exc:
        return f"blocked: {type(exc).__name__}"
    return a + b
