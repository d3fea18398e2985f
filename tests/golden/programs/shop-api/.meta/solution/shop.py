from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ITEMS: dict[int, str] = {}


class Item(BaseModel):
    name: str


@app.post("/items", status_code=201)
def add(item: Item) -> dict[str, object]:
    number = len(ITEMS) + 1
    ITEMS[number] = item.name
    print(f"added {item.name}")
    return {"id": number, "name": item.name}


@app.get("/items/{number}")
def get(number: int) -> dict[str, object]:
    if number not in ITEMS:
        raise HTTPException(404, "no such item")
    return {"id": number, "name": ITEMS[number]}
