"""An orders API with one middleware: a request id, an access log, and no leaked errors."""

import re
import traceback
import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse

app = FastAPI(title="Orders")

ORDERS = {7: {"id": 7, "item": "green tea", "quantity": 3}}
GOOD_ID = re.compile(r"[A-Za-z0-9-]{1,64}")


@app.middleware("http")
async def request_id_and_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    given = request.headers.get("X-Request-ID", "")
    request_id = given or uuid.uuid4().hex
    request.state.request_id = request_id
    try:
        response = await call_next(request)
    except Exception:
        traceback.print_exc()
        response = JSONResponse({"detail": "internal error", "request_id": request_id}, status_code=500)
    response.headers["X-Request-ID"] = request_id
    print(request.method, request.url.path, response.status_code, request_id, flush=True)
    return response


# The routes, written for you.


@app.get("/orders/{order_id}")
def read_order(order_id: int, request: Request) -> dict[str, object]:
    if order_id not in ORDERS:
        raise HTTPException(status_code=404, detail=f"no order {order_id}")
    return {**ORDERS[order_id], "request_id": request.state.request_id}


@app.get("/report")
def report() -> dict[str, object]:
    return ORDERS[0]  # a bug: there is no order 0
