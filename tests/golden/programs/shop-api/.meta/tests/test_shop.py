import httpx


def test_an_added_item_can_be_read_back(serve_app):
    shop = serve_app("shop.py", "app")
    made = httpx.post(f"{shop.url}/items", json={"name": "kettle"})
    assert made.status_code == 201, "POST /items should answer 201 Created"
    number = made.json()["id"]
    got = httpx.get(f"{shop.url}/items/{number}")
    assert got.json() == {"id": number, "name": "kettle"}
    assert "added kettle" in shop.output()


def test_a_missing_item_is_404(serve_app):
    shop = serve_app("shop.py", "app")
    assert httpx.get(f"{shop.url}/items/999").status_code == 404


def test_a_fresh_server_starts_empty(serve_app):
    shop = serve_app("shop.py", "app", fresh=True)
    assert httpx.get(f"{shop.url}/items/1").status_code == 404


def test_the_flask_page_escapes_what_it_is_given(serve_app):
    site = serve_app("pages.py", "create_app()")
    page = httpx.get(f"{site.url}/hello", params={"name": "<script>"})
    assert page.status_code == 200
    assert page.text == "<p>Hello, &lt;script&gt;!</p>", "escape the name"
