"""Serve a learner's web app on 127.0.0.1 for the hidden tests.

Run by programs.Programs.start_server in a child forked in the learner's folder, or as
`python served.py FILE APP PORT_FILE`. FILE is the learner's module (`shop.py`,
`notes/app.py`, `src/notes/app.py`); APP names the application in it (`app`) or a factory
to call (`create_app()`). An ASGI app (FastAPI, Starlette) is served by uvicorn, a WSGI
app (Flask) by the standard library's server with a thread per request. Once the socket
listens, `{"port": N}` is written to PORT_FILE; if the app cannot be loaded, `{"message":
..., "type": ..., "file": ..., "line": ...}` is written there instead. Standard library
only until the app is known (uvicorn is imported for an ASGI app).
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import socket
import socketserver
import sys
import traceback
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer


def _module_name(file: str) -> str:
    parts = file[:-3].split("/") if file.endswith(".py") else file.split("/")
    if parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _load(file: str, name: str) -> Any:
    here = os.getcwd()
    sys.path.insert(0, os.path.join(here, "src") if file.startswith("src/") else here)
    module = importlib.import_module(_module_name(file))
    factory = name.endswith("()")
    app = getattr(module, name[:-2] if factory else name)
    return app() if factory else app


def _write(path: str, answer: dict[str, Any]) -> None:
    temporary = path + ".part"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(answer))
    os.replace(temporary, path)  # the runner never reads half an answer


def _failure(exc: BaseException, here: str) -> dict[str, Any]:
    frames = [
        f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(here + os.sep)
    ]
    last = frames[-1] if frames else None
    return {
        "type": type(exc).__name__,
        "message": str(exc)[:2000],
        "file": os.path.relpath(last.filename, here) if last else None,
        "line": last.lineno if last else None,
    }


def _is_asgi(app: Any) -> bool:
    if inspect.isfunction(app):
        return inspect.iscoroutinefunction(app)
    method = type(app).__dict__.get("__call__") or next(
        (vars(k)["__call__"] for k in type(app).__mro__ if "__call__" in vars(k)), None
    )
    return inspect.iscoroutinefunction(method)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}\n")


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


def main() -> None:
    serve(sys.argv[1], sys.argv[2], sys.argv[3])


def serve(file: str, name: str, port_file: str) -> None:
    """Load the app and serve it until killed (also called in a process forked for it)."""
    here = os.getcwd()
    try:
        app = _load(file, name)
        if not callable(app):
            raise TypeError(f"{name} in {file} is a {type(app).__name__}, not a web app")
    except BaseException as exc:  # the learner's import failed: say how, then stop
        _write(port_file, _failure(exc, here))
        sys.exit(1)
    if _is_asgi(app):
        import uvicorn

        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(128)
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="auto")
        server = uvicorn.Server(config)
        _write(port_file, {"port": listener.getsockname()[1], "interface": "asgi"})
        server.run(sockets=[listener])
        return
    wsgi = _ThreadingServer(("127.0.0.1", 0), _QuietHandler)
    wsgi.set_app(app)
    _write(port_file, {"port": wsgi.server_address[1], "interface": "wsgi"})
    wsgi.serve_forever()


if __name__ == "__main__":
    main()
