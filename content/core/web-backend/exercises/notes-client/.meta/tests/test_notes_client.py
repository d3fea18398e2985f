"""NotesClient: one httpx.Client with a bearer token; notes, get, create, delete; errors of its own."""

import json
import time

import pytest
from notes_api import TOKEN

import notes_client


def client_for(api, token=TOKEN, timeout=2.0):
    try:
        return notes_client.NotesClient(api.url, token, timeout)
    except NotImplementedError:
        pytest.fail("NotesClient is not written yet", pytrace=False)


def fields(note):
    return (note.id, note.title, note.body, note.tags)


def notes_error_from(call, what):
    """The NotesError that call() raises; a clear failure for anything else."""
    try:
        call()
    except notes_client.NotesError as error:
        return error
    except Exception as error:
        pytest.fail(
            f"{what} raised {type(error).__name__}: {error}. Look at response.status_code and "
            "raise NotesError(status, \"the notes API answered <status>\")",
            pytrace=False,
        )
    pytest.fail(f"{what} should raise NotesError, but it raised nothing", pytrace=False)


def test_notes_lists_them_with_the_token(api):
    """notes() sends GET /notes with the bearer token and returns Notes."""
    api.add("Shopping", "eggs, milk", ["home"])
    api.add("Call Ada", "about the talk", ["work", "urgent"])
    with client_for(api) as client:
        try:
            notes, error = client.notes(), None
        except Exception as raised:
            notes, error = None, raised
    assert api.seen() == ["GET /api/notes"], (
        "notes() should send one request, GET base_url + /notes, without a query"
    )
    assert api.requests[0].headers.get("authorization") == f"Bearer {TOKEN}", (
        f"Every request should carry the header Authorization: Bearer {TOKEN}: give it to "
        "httpx.Client(headers=...)"
    )
    if error is not None:
        pytest.fail(f"notes() raised {type(error).__name__}: {error}", pytrace=False)
    assert [fields(note) for note in notes] == [
        (1, "Shopping", "eggs, milk", ("home",)),
        (2, "Call Ada", "about the talk", ("work", "urgent")),
    ], "notes() should return a Note for each note of the JSON list: Note.from_json(item)"


def test_notes_with_a_tag(api):
    """notes(tag="work") sends the tag as a query parameter."""
    api.add("Shopping", "eggs, milk", ["home"])
    api.add("Call Ada", "about the talk", ["work"])
    api.add("Book the room", "for Friday", ["work", "urgent"])
    with client_for(api) as client:
        titles = [note.title for note in client.notes(tag="work")]
    assert api.seen() == ["GET /api/notes?tag=work"], (
        "notes(tag='work') should send GET /notes?tag=work: params={\"tag\": tag}"
    )
    assert titles == ["Call Ada", "Book the room"], "notes(tag='work') should return the two notes the API sent"


def test_get_one_note(api):
    """get(id) sends GET /notes/{id} and returns the Note."""
    api.add("Shopping", "eggs, milk", ["home"])
    api.add("Call Ada", "about the talk", [])
    with client_for(api) as client:
        note = client.get(2)
    assert api.seen() == ["GET /api/notes/2"], "get(2) should send GET /notes/2"
    assert fields(note) == (2, "Call Ada", "about the talk", ()), (
        "get(2) should return Note(id=2, title='Call Ada', body='about the talk', tags=())"
    )


def test_get_a_missing_note(api):
    """A 404 raises NoteNotFound with the id."""
    with client_for(api) as client:
        error = notes_error_from(lambda: client.get(41), "get(41) answered 404")
    assert isinstance(error, notes_client.NoteNotFound), "get of a note that does not exist should raise NoteNotFound"
    assert (error.note_id, error.status, str(error)) == (41, 404, "no note with id 41"), (
        "NoteNotFound(41) should have note_id 41, status 404 and the message 'no note with id 41'"
    )


def test_create_posts_json(api):
    """create sends the note as JSON and returns the Note the API made."""
    with client_for(api) as client:
        note = client.create("Call Ada", "about the talk", tags=("work", "urgent"))
        plain = client.create("Shopping", "eggs, milk")
    assert api.seen() == ["POST /api/notes", "POST /api/notes"], "create should send POST /notes"
    first = api.requests[0]
    assert first.headers.get("content-type", "").startswith("application/json"), (
        "create should send JSON: client.post(\"/notes\", json={...}) sets Content-Type: application/json"
    )
    assert json.loads(first.body) == {"title": "Call Ada", "body": "about the talk", "tags": ["work", "urgent"]}, (
        "create('Call Ada', 'about the talk', tags=('work', 'urgent')) should send the body "
        "{'title': 'Call Ada', 'body': 'about the talk', 'tags': ['work', 'urgent']}"
    )
    assert json.loads(api.requests[1].body) == {"title": "Shopping", "body": "eggs, milk", "tags": []}, (
        "create without tags should send \"tags\": []"
    )
    assert fields(note) == (1, "Call Ada", "about the talk", ("work", "urgent")), (
        "create should return the Note from the API's answer, with its new id"
    )
    assert fields(plain) == (2, "Shopping", "eggs, milk", ())


def test_create_refused(api):
    """A 422 from create raises NotesError with that status."""
    with client_for(api) as client:
        error = notes_error_from(lambda: client.create("", "no title"), "create('', 'no title') answered 422")
    assert not isinstance(error, notes_client.NoteNotFound), "A 422 is not a missing note: raise NotesError, not NoteNotFound"
    assert (error.status, str(error)) == (422, "the notes API answered 422"), (
        "create answered 422 should raise NotesError(422, 'the notes API answered 422'): only 201 means created"
    )


def test_delete(api):
    """delete sends DELETE /notes/{id}; the note is gone; a second delete is NoteNotFound."""
    api.add("Shopping", "eggs, milk", ["home"])
    with client_for(api) as client:
        assert client.delete(1) is None, "delete should return None after 204 No Content"
        assert api.notes == {}, "After delete(1) the API should have no note 1"
        error = notes_error_from(lambda: client.delete(1), "a second delete(1) answered 404")
    assert api.seen() == ["DELETE /api/notes/1", "DELETE /api/notes/1"], "delete(1) should send DELETE /notes/1"
    assert isinstance(error, notes_client.NoteNotFound) and error.note_id == 1, (
        "Deleting a note that is not there (404) should raise NoteNotFound(1)"
    )


def test_a_wrong_token(api):
    """Without the right token the API answers 401: NotesError(401)."""
    api.add("Shopping", "eggs, milk", ["home"])
    with client_for(api, token="guessed") as client:
        error = notes_error_from(client.notes, "notes() with a wrong token answered 401")
        error_get = notes_error_from(lambda: client.get(1), "get(1) with a wrong token answered 401")
    assert api.requests[0].headers.get("authorization") == "Bearer guessed", (
        "The token given should be sent as Authorization: Bearer guessed"
    )
    assert (error.status, str(error)) == (401, "the notes API answered 401"), (
        "A 401 should raise NotesError(401, 'the notes API answered 401')"
    )
    assert not isinstance(error_get, notes_client.NoteNotFound) and error_get.status == 401, (
        "get(1) answered 401 should raise NotesError(401), not NoteNotFound: only a 404 means a missing note"
    )


def test_server_errors(api):
    """A 500 raises NotesError(500) from every method."""
    api.add("Shopping", "eggs, milk", ["home"])
    api.fail_with = 500
    with client_for(api) as client:
        calls = {
            "notes()": client.notes,
            "get(1)": lambda: client.get(1),
            "create('a', 'b')": lambda: client.create("a", "b"),
            "delete(1)": lambda: client.delete(1),
        }
        for what, call in calls.items():
            error = notes_error_from(call, f"{what} answered 500")
            assert not isinstance(error, notes_client.NoteNotFound) and error.status == 500, (
                f"{what} answered 500 should raise NotesError(500, 'the notes API answered 500')"
            )


def test_with_closes_the_client(api):
    """After the with block the client is closed: a request raises an error."""
    with client_for(api) as client:
        assert client.notes() == [], "notes() of an empty API should be []"
    with pytest.raises(Exception, match="closed"):
        client.notes()
        pytest.fail(
            "After the with block, the httpx.Client should be closed: __exit__ should call close()",
            pytrace=False,
        )
    other = client_for(api)
    other.close()
    with pytest.raises(Exception, match="closed"):
        other.notes()
        pytest.fail("close() should close the httpx.Client", pytrace=False)


def test_the_timeout_is_used(api):
    """A slow answer raises httpx's TimeoutException after `timeout` seconds."""
    api.delay = 1.0
    start = time.perf_counter()
    with client_for(api, timeout=0.2) as client:
        try:
            client.notes()
        except Exception as error:
            assert "Timeout" in type(error).__name__, (
                f"A slow answer should raise httpx's ReadTimeout, not {type(error).__name__}: let it through"
            )
        else:
            pytest.fail("notes() with timeout=0.2 against an API that answers after 1 s should raise ReadTimeout", pytrace=False)
    took = time.perf_counter() - start
    assert took < 0.8, (
        f"With timeout=0.2 the client should give up after about 0.2 s, not {took:.1f} s: "
        "give the timeout to httpx.Client(timeout=timeout)"
    )


def test_a_wrong_base_url(api):
    """A 404 from notes() or create() is a NotesError: the base URL is wrong, no note is missing."""
    wrong = api.url.removesuffix("/api") + "/apj"
    with notes_client.NotesClient(wrong, TOKEN, 2.0) as client:
        for what, call in {"notes()": client.notes, "create('a', 'b')": lambda: client.create("a", "b")}.items():
            error = notes_error_from(call, f"{what} on a wrong base URL answered 404")
            assert not isinstance(error, notes_client.NoteNotFound), (
                f"{what} answered 404 should raise NotesError(404, ...), not NoteNotFound: no note id "
                "was asked for, so the base URL must be wrong"
            )
            assert (error.status, str(error)) == (404, "the notes API answered 404"), (
                f"{what} answered 404 should raise NotesError(404, 'the notes API answered 404')"
            )


def test_a_note_is_a_frozen_value(api):
    """Note stays a frozen dataclass: a note from the API cannot be changed by mistake."""
    api.add("Shopping", "eggs, milk", ["home"])
    with client_for(api) as client:
        note = client.get(1)
    with pytest.raises(AttributeError):
        note.title = "changed"
        pytest.fail("Setting note.title should raise FrozenInstanceError: keep @dataclass(frozen=True)", pytrace=False)
