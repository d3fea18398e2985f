"""Pretend shop APIs on your own computer, to try your code against.

Run it in a terminal of its own:

    python pretend_shops.py             # serves http://127.0.0.1:8000

then try your pricewatch.py against it from another terminal or the Python shell, as in
the example of the instructions (http://127.0.0.1:8000/north/prices/kettle, ...).

Stop it with Ctrl+C. The checks do not use this file: they start shops of their own.

    GET /<shop>/prices/<product>   {"shop": ..., "product": ..., "price": ...}, or 404

The shops: north, east and south answer quickly (after 0.1 to 0.3 s); slowpoke takes 3 s;
flaky answers 503 to about one request in three; broken answers a page of HTML, not JSON.
The products: kettle, toaster, mug and teapot (south sells no teapot).
"""

import argparse
import json
import random
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PRICES = {
    "north": {"kettle": 24.5, "toaster": 31.0, "mug": 6.5, "teapot": 18.25},
    "east": {"kettle": 22.0, "toaster": 33.5, "mug": 5.9, "teapot": 19.0},
    "south": {"kettle": 23.75, "toaster": 29.9, "mug": 7.2},
    "slowpoke": {"kettle": 19.99, "toaster": 27.0, "mug": 4.5, "teapot": 15.0},
    "flaky": {"kettle": 21.0, "toaster": 30.0, "mug": 6.0, "teapot": 17.5},
    "broken": {"kettle": 20.0, "toaster": 28.0, "mug": 5.0, "teapot": 16.0},
}


class Shops(BaseHTTPRequestHandler):
    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if len(parts) != 3 or parts[1] != "prices" or parts[0] not in PRICES:
            return self.answer(404, {"error": f"nothing at {self.path}"})
        shop, _, product = parts
        time.sleep(3.0 if shop == "slowpoke" else random.uniform(0.1, 0.3))
        if shop == "flaky" and random.random() < 1 / 3:
            return self.answer(503, {"error": "busy, try again later"})
        if shop == "broken":
            return self.answer(200, b"<html><body>Under maintenance</body></html>")
        if product not in PRICES[shop]:
            return self.answer(404, {"error": f"{shop} does not sell {product}"})
        self.answer(200, {"shop": shop, "product": product, "price": PRICES[shop][product]})

    def answer(self, status, body):
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        self.send_response(status)
        kind = "text/html" if isinstance(body, bytes) else "application/json"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    parser = argparse.ArgumentParser(description="Pretend shop APIs on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8000)
    options = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", options.port), Shops)
    print(f"The pretend shops are at http://127.0.0.1:{options.port}/<shop>/prices/<product> (Ctrl+C stops them)")
    try:
        server.serve_forever()
    except (KeyboardInterrupt, BrokenPipeError):
        print()


if __name__ == "__main__":
    main()
