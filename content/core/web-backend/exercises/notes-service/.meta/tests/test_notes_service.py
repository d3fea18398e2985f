"""The notes service through real requests, friendly and hostile: accounts, tokens, private notes."""

import hashlib
import itertools

import httpx
import pytest

names = itertools.count(1)
SALT = bytes(16)
FORGED = f"pbkdf2_sha256$1000${SALT.hex()}${hashlib.pbkdf2_hmac('sha256', b'pwned!!!', SALT, 1000).hex()}"


@pytest.fixture(scope="module")
def served(serve_app):
    return serve_app("notes_service.py", "app")


@pytest.fixture(scope="module")
def api(served):
    with httpx.Client(base_url=served.url, timeout=10.0) as client:
        yield client


@pytest.fixture(scope="module")
def ada(api):
    """A user made once for these tests: (name, headers with a bearer token)."""
    return user(api, "ada")


@pytest.fixture(scope="module")
def grace(api):
    return user(api, "grace")


def new_name(who):
    return f"{who}_{next(names)}"


def register(api, username, password="correct horse"):
    response = api.post("/users", json={"username": username, "password": password})
    assert response.status_code == 201, (
        f"POST /users with a new username {username!r} and a good password should answer 201, "
        f"not {response.status_code} {response.text[:200]}"
    )
    return response


def login(api, username, password="correct horse"):
    response = api.post("/login", json={"username": username, "password": password})
    assert response.status_code == 200, (
        f"POST /login with the right password should answer 200, not {response.status_code} {response.text[:200]}"
    )
    token = response.json().get("token")
    assert isinstance(token, str) and len(token) >= 32, (
        "POST /login should answer {\"token\": ...}, a random token: secrets.token_urlsafe()"
    )
    return token


def user(api, who):
    """A new user, logged in: (name, headers with its bearer token)."""
    name = new_name(who)
    register(api, name)
    return name, {"Authorization": f"Bearer {login(api, name)}"}


def note(api, headers, title, body=""):
    response = api.post("/notes", json={"title": title, "body": body}, headers=headers)
    assert response.status_code == 201, (
        f"POST /notes with a good token and title should answer 201, not {response.status_code} {response.text[:200]}"
    )
    return response.json()


def test_register(api):
    """POST /users answers 201 with the username; a taken username answers 409."""
    name = new_name("ada")
    assert register(api, name).json() == {"username": name}, "POST /users should answer {\"username\": <the new name>}"
    again = api.post("/users", json={"username": name, "password": "another password"})
    assert again.status_code == 409, f"Registering the taken username {name!r} again should answer 409 Conflict"
    assert again.json() == {"detail": f"the username {name} is taken"}, (
        f"The 409 should say {{'detail': 'the username {name} is taken'}}"
    )


def test_register_checks_its_input(api):
    """Usernames are 3 to 20 of a-z, 0-9 and _; passwords at least 8 characters."""
    for username, password, why in [
        ("Ada", "correct horse", "capital letters are not allowed"),
        ("ad", "correct horse", "a username has at least 3 characters"),
        ("a" * 21, "correct horse", "a username has at most 20 characters"),
        ("ada lovelace", "correct horse", "spaces are not allowed"),
        ("ada';--", "correct horse", "quotes and dashes are not allowed"),
        (new_name("short"), "1234567", "a password has at least 8 characters"),
    ]:
        response = api.post("/users", json={"username": username, "password": password})
        assert response.status_code == 422, f"POST /users with username={username!r} should answer 422: {why}"
    longest = f"x{next(names):0>19}"
    register(api, longest, "12345678")
    register(api, f"a{next(names) % 100:0>2}", "12345678")


def test_login_gives_a_new_token_each_time(api):
    """Each login answers a new token, and each one works."""
    name = new_name("grace")
    register(api, name)
    first, second = login(api, name), login(api, name)
    assert first != second, "Each login should make a new random token"
    for token in (first, second):
        response = api.get("/notes", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, "Every token a login gave should work for GET /notes"


def test_a_wrong_login_is_401(api, ada):
    """A wrong password or an unknown user answers 401 with the same words."""
    name = ada[0]
    for username, password, what in [
        (name, "Correct horse", "a wrong password"),
        (name, "", "an empty password"),
        (new_name("nobody"), "correct horse", "a user that does not exist"),
        ("' OR '1'='1", "' OR '1'='1", "an SQL injection"),
        (f"{name}' --", "anything", "an SQL injection that comments out the rest"),
        (f"nobody' UNION SELECT '{FORGED}' --", "pwned!!!", "an SQL injection that brings its own password hash"),
    ]:
        response = api.post("/login", json={"username": username, "password": password})
        advice = ": the username became part of the SQL. Put it in as a ? parameter" if "SQL" in what else ""
        assert response.status_code == 401, (
            f"POST /login with {what} should answer 401, not {response.status_code}{advice}"
        )
        assert response.json() == {"detail": "wrong username or password"}, (
            f"POST /login with {what} should say {{'detail': 'wrong username or password'}}: the same words "
            "whether the user exists or not, so that nobody can find out which usernames exist"
        )


def test_notes_need_a_token(api, ada):
    """Without a good bearer token, every notes route answers 401 with WWW-Authenticate."""
    name, headers = ada
    token = headers["Authorization"].removeprefix("Bearer ")
    for sent, what in [
        ({}, "no Authorization header"),
        ({"Authorization": "Bearer made-up-token"}, "a made-up token"),
        ({"Authorization": f"Basic {token}"}, "a good token with the scheme Basic instead of Bearer"),
        ({"Authorization": token}, "a good token without 'Bearer '"),
        ({"Authorization": "Bearer"}, "'Bearer' and no token"),
        ({"Authorization": "Bearer ' OR '1'='1"}, "an SQL injection as the token"),
    ]:
        for method, path in [("GET", "/notes"), ("POST", "/notes"), ("GET", "/notes/1"), ("DELETE", "/notes/1")]:
            response = api.request(method, path, headers=sent, json={"title": "x"} if method == "POST" else None)
            assert response.status_code == 401, f"{method} {path} with {what} should answer 401, not {response.status_code}"
            assert response.headers.get("www-authenticate") == "Bearer", (
                f"The 401 of {method} {path} should have the header WWW-Authenticate: Bearer"
            )
            assert response.json() == {"detail": "not logged in"}, "The 401 should say {'detail': 'not logged in'}"


def test_create_and_list_my_notes(api, grace):
    """POST /notes answers 201 and the note; GET /notes lists my notes only, in order."""
    name, ada = user(api, "ada")
    other, grace = grace
    first = note(api, ada, "Call Grace", "about the talk")
    assert set(first) == {"id", "title", "body"} and (first["title"], first["body"]) == ("Call Grace", "about the talk"), (
        "POST /notes should answer the note: {'id': ..., 'title': 'Call Grace', 'body': 'about the talk'}"
    )
    note(api, grace, "Grace's secret plan")
    made = api.post("/notes", json={"title": "Shopping"}, headers=ada)
    assert made.status_code == 201, "POST /notes with only a title should answer 201"
    second = made.json()
    assert second["body"] == "", "A note sent without a body should get the body \"\""
    mine = api.get("/notes", headers=ada)
    assert mine.status_code == 200, "GET /notes with a good token should answer 200"
    assert mine.json() == [first, second], (
        "GET /notes should answer only the user's own notes, oldest first: WHERE owner = ? ORDER BY id"
    )


def test_another_users_note_is_404(api, ada, grace):
    """Ada can neither read nor delete Grace's note: 404, as if it did not exist."""
    name, ada = ada
    other, grace = grace
    secret = note(api, grace, "Grace's secret plan", "do not tell Ada")
    for method in ["GET", "DELETE"]:
        response = api.request(method, f"/notes/{secret['id']}", headers=ada)
        assert response.status_code == 404, (
            f"{method} /notes/{secret['id']} by Ada, of Grace's note, should answer 404: a note that "
            "belongs to someone else is not there for this user (WHERE id = ? AND owner = ?)"
        )
        assert response.json() == {"detail": f"no note with id {secret['id']}"}, (
            "The 404 should be the same as for a note that does not exist"
        )
    kept = api.get(f"/notes/{secret['id']}", headers=grace)
    assert kept.status_code == 200 and kept.json() == secret, "Grace's note should still be there, and hers to read"


def test_read_and_delete_my_note(api):
    """GET /notes/{id} answers my note; DELETE answers 204, then it is gone."""
    name, ada = user(api, "ada")
    keep = note(api, ada, "Keep")
    drop = note(api, ada, "Drop", "old")
    assert api.get(f"/notes/{drop['id']}", headers=ada).json() == drop, "GET /notes/{id} should answer my note"
    gone = api.delete(f"/notes/{drop['id']}", headers=ada)
    assert gone.status_code == 204 and gone.content == b"", "DELETE of my own note should answer 204 and no body"
    assert api.get(f"/notes/{drop['id']}", headers=ada).status_code == 404, "After DELETE, GET of that note should answer 404"
    assert api.get("/notes", headers=ada).json() == [keep], "DELETE should remove only that note"
    assert api.get("/notes/999999", headers=ada).status_code == 404, "GET of a note that does not exist should answer 404"


def test_note_input(api, ada):
    """A title has 1 to 80 characters; text that looks like SQL is stored as it is."""
    name, ada = ada
    for body in [{"title": ""}, {"title": "T" * 81}, {"body": "no title"}]:
        assert api.post("/notes", json=body, headers=ada).status_code == 422, f"POST /notes with {body} should answer 422"
    sql = note(api, ada, "Robert'); DROP TABLE notes;--", "' OR '1'='1")
    assert (sql["title"], sql["body"]) == ("Robert'); DROP TABLE notes;--", "' OR '1'='1"), (
        "A note whose text looks like SQL should be stored as it is: every value goes in as a ? parameter"
    )
    assert api.get(f"/notes/{sql['id']}", headers=ada).json() == sql, "The note should read back the same"
    assert note(api, ada, "T" * 80)["title"] == "T" * 80, "A title of 80 characters is allowed"
    assert note(api, ada, "T")["title"] == "T", "A title of 1 character is allowed"


def test_everything_is_kept_in_the_database(api, serve_app, ada):
    """A restarted app still knows the users, their tokens and their notes: all of it is in notes.db."""
    name, ada = ada
    kept = note(api, ada, "Written before the restart")
    restarted = serve_app("notes_service.py", "app", fresh=True)
    with httpx.Client(base_url=restarted.url, timeout=10.0) as again:
        response = again.get(f"/notes/{kept['id']}", headers=ada)
        assert response.status_code == 200 and response.json() == kept, (
            "After a restart, the token and the note should still work: keep users, tokens and notes "
            "in the SQLite database, not in Python variables"
        )
        assert login(again, name), "After a restart, the user should still be able to log in"
