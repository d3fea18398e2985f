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


# Write the middleware here: an async function with the decorator @app.middleware("http")
# that gets (request, call_next) and returns the response.


# The routes, written for you.


@app.get("/orders/{order_id}")
def read_order(order_id: int, request: Request) -> dict[str, object]:
    if order_id not in ORDERS:
        raise HTTPException(status_code=404, detail=f"no order {order_id}")
    return {**ORDERS[order_id], "request_id": request.state.request_id}


@app.get("/report")
def report() -> dict[str, object]:
    return ORDERS[0]  # a bug: there is no order 0
