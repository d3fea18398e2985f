"""A pretend chat model on your own computer, to try your client against (no real model, no network).

    python local_llm.py            serves http://127.0.0.1:8000/v1/chat/completions
    python local_llm.py --flaky    answers 429 (Retry-After: 1) or 503 to about one request in three

It answers every question with the last user message read backwards, in one piece or, when
the request says "stream": true, word by word as server-sent events. Stop it with Ctrl+C.
Do not change this file: the checks use a server of their own.
"""

import argparse
import json
import random
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    flaky = False

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        if self.path != "/v1/chat/completions":
            return self.reply(404, {"error": {"message": f"no route {self.path}"}})
        if not self.headers.get("Authorization", "").startswith("Bearer "):
            return self.reply(401, {"error": {"message": "missing API key"}})
        if self.flaky and random.random() < 1 / 3:
            if random.random() < 0.5:
                return self.reply(429, {"error": {"message": "Rate limit reached"}}, {"Retry-After": "1"})
            return self.reply(503, {"error": {"message": "The model is overloaded"}})
        users = [m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user"]
        if not users:
            return self.reply(400, {"error": {"message": "messages must contain a user message"}})
        answer = users[-1][::-1]
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for word in answer.split(" "):
                event = {"choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")
            return None
        message = {"role": "assistant", "content": answer}
        return self.reply(200, {"model": body.get("model"), "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]})

    def reply(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--flaky", action="store_true", help="answer 429 or 503 now and then")
    options = parser.parse_args()
    Handler.flaky = options.flaky
    print(f"Serving a pretend chat model on http://127.0.0.1:{options.port}/v1 (Ctrl+C to stop)")
    ThreadingHTTPServer(("127.0.0.1", options.port), Handler).serve_forever()
