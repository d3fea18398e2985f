"""The notes API, through real HTTP requests: CRUD, 201, 204, 404 and 422."""

import httpx
import pytest


@pytest.fixture(scope="module")
def api(serve_app):
    """The learner's app, served once for these tests; every test makes the notes it reads."""
    served = serve_app("notes_app.py", "app")
    with httpx.Client(base_url=served.url, timeout=5.0) as client:
        yield client


def made(api, note):
    """POST a note; the JSON of the answer, after checking that it was 201."""
    response = api.post("/notes", json=note)
    assert response.status_code == 201, (
        f"POST /notes with {note} should answer 201 Created, not {response.status_code}: "
        "@app.post(\"/notes\", status_code=201)"
    )
    return response.json()


def test_create_answers_201_and_the_note(api):
    """POST /notes answers 201 with the note, its defaults and a new id."""
    first = made(api, {"title": "Call Ada", "body": "about the talk", "tags": ["work"]})
    assert set(first) == {"id", "title", "body", "tags"}, (
        "The new note should have exactly the keys id, title, body and tags"
    )
    assert {k: first[k] for k in ("title", "body", "tags")} == {
        "title": "Call Ada", "body": "about the talk", "tags": ["work"]
    }, "The new note should have the title, body and tags that were sent"
    second = made(api, {"title": "Shopping"})
    assert (second["body"], second["tags"]) == ("", []), (
        "A note sent without body and tags should get the body \"\" and the tags []"
    )
    assert second["id"] == first["id"] + 1, "Each new note should get the next id: next(new_ids)"


def test_the_first_note_gets_id_1(serve_app):
    """In a new app, with no notes yet, the first note gets the id 1 and the list is empty."""
    served = serve_app("notes_app.py", "app", fresh=True)
    with httpx.Client(base_url=served.url, timeout=5.0) as new:
        assert new.get("/notes").json() == [], "A new app should have no notes: GET /notes answers []"
        assert made(new, {"title": "First"})["id"] == 1, "The first note should get the id 1: count(1)"
        assert made(new, {"title": "Second"})["id"] == 2, "The second note should get the id 2"


def test_read_one_note(api):
    """GET /notes/{id} answers 200 and that note."""
    note = made(api, {"title": "Dentist", "body": "Tuesday 9:30", "tags": ["health"]})
    response = api.get(f"/notes/{note['id']}")
    assert response.status_code == 200, f"GET /notes/{note['id']} of a note that exists should answer 200"
    assert response.json() == note, f"GET /notes/{note['id']} should answer the note that POST made"


def test_a_missing_note_is_404(api):
    """GET, PUT and DELETE of a note that does not exist answer 404 with a detail."""
    for method in ["GET", "PUT", "DELETE"]:
        response = api.request(method, "/notes/9999", json={"title": "x"} if method == "PUT" else None)
        assert response.status_code == 404, (
            f"{method} /notes/9999 should answer 404 Not Found: raise HTTPException(status_code=404, ...)"
        )
        assert response.json() == {"detail": "no note with id 9999"}, (
            f"{method} /notes/9999 should answer the JSON {{'detail': 'no note with id 9999'}}"
        )


def test_list_in_order_and_by_tag(api):
    """GET /notes lists every note in order; ?tag= keeps those with the tag."""
    tag = "list-test"
    a = made(api, {"title": "A", "tags": [tag, "x"]})
    b = made(api, {"title": "B", "tags": ["y"]})
    c = made(api, {"title": "C", "tags": [tag]})
    everything = api.get("/notes")
    assert everything.status_code == 200, "GET /notes should answer 200"
    ids = [note["id"] for note in everything.json()]
    assert [a["id"], b["id"], c["id"]] == [i for i in ids if i in (a["id"], b["id"], c["id"])], (
        "GET /notes should list the notes in the order they were made"
    )
    tagged = api.get("/notes", params={"tag": tag})
    assert tagged.json() == [a, c], (
        f"GET /notes?tag={tag} should answer only the two notes with that tag, in order"
    )
    assert api.get("/notes", params={"tag": "no-such-tag"}).json() == [], (
        "GET /notes?tag=no-such-tag should answer []"
    )


def test_replace_with_put(api):
    """PUT /notes/{id} replaces title, body and tags and keeps the id."""
    note = made(api, {"title": "Draft", "body": "first words", "tags": ["writing"]})
    response = api.put(f"/notes/{note['id']}", json={"title": "Final", "tags": ["done"]})
    assert response.status_code == 200, f"PUT /notes/{note['id']} should answer 200, not {response.status_code}"
    replaced = {"id": note["id"], "title": "Final", "body": "", "tags": ["done"]}
    assert response.json() == replaced, (
        "PUT should replace the whole note with the body sent (a body left out becomes \"\") "
        "and keep its id"
    )
    assert api.get(f"/notes/{note['id']}").json() == replaced, "After PUT, GET should answer the new note"


def test_delete_answers_204(api):
    """DELETE /notes/{id} answers 204 without a body; the note is gone."""
    note = made(api, {"title": "Old news"})
    keep = made(api, {"title": "Keep me"})
    response = api.delete(f"/notes/{note['id']}")
    assert response.status_code == 204, (
        f"DELETE /notes/{note['id']} should answer 204 No Content, not {response.status_code}"
    )
    assert response.content == b"", "A 204 answer has no body"
    assert api.get(f"/notes/{note['id']}").status_code == 404, "After DELETE, GET of that note should answer 404"
    assert api.get(f"/notes/{keep['id']}").status_code == 200, "DELETE should remove only that note"
    ids = [n["id"] for n in api.get("/notes").json()]
    assert note["id"] not in ids and keep["id"] in ids, "After DELETE the note should be gone from GET /notes"


def test_bad_input_is_422(api):
    """The model refuses bad bodies with 422; nothing is stored."""
    before = len(api.get("/notes").json())
    for body, why in [
        ({"body": "no title"}, "a note needs a title"),
        ({"title": ""}, "the title has at least 1 character: min_length=1"),
        ({"title": "T" * 81}, "the title has at most 80 characters: max_length=80"),
        ({"title": "Tags", "tags": "work"}, "tags is a list of strings"),
        ({"title": "Body", "body": ["not", "text"]}, "body is a string"),
    ]:
        response = api.post("/notes", json=body)
        assert response.status_code == 422, f"POST /notes with {body} should answer 422: {why}"
    assert made(api, {"title": "T" * 80})["title"] == "T" * 80, "A title of 80 characters is allowed"
    assert len(api.get("/notes").json()) == before + 1, "A refused note should not be stored"
    note = made(api, {"title": "Fine"})
    assert api.put(f"/notes/{note['id']}", json={"title": ""}).status_code == 422, (
        "PUT with an empty title should answer 422: PUT takes a NoteIn body too"
    )
    assert api.get("/notes/abc").status_code == 422, (
        "GET /notes/abc should answer 422: note_id is an int"
    )
