"""A guestbook with Flask and a Jinja template, safe from XSS and CSRF."""

import secrets

from flask import Flask, redirect, render_template_string, request, session, url_for
from werkzeug.wrappers import Response

app = Flask(__name__)
app.secret_key = secrets.token_bytes()  # signs the session cookie; a new one at each start

entries: list[dict[str, str]] = []  # newest first

# The page, a Jinja template. (In a bigger app it would be a file, templates/guestbook.html.)
PAGE = """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Guestbook</title>
</head>
<body>
  <h1>Guestbook</h1>
  <form method="post" action="/sign">
    <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
    <label>Name <input name="name"></label>
    <label>Message <textarea name="message"></textarea></label>
    <button>Sign</button>
  </form>
  <ul>
  {% for entry in entries %}
    <li><b>{{ entry.name }}</b>: {{ entry.message | safe }}</li>
  {% else %}
    <li>No one has signed yet.</li>
  {% endfor %}
  </ul>
</body>
</html>
"""


def csrf_token() -> str:
    """This visitor's CSRF token, made the first time it is needed and kept in the session."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe()
    return session["csrf"]


@app.get("/")
def index() -> str:
    return render_template_string(PAGE, entries=entries, csrf_token=csrf_token())


@app.post("/sign")
def sign() -> Response | tuple[str, int]:
    expected = session.get("csrf")
    if expected is None or not secrets.compare_digest(request.form.get("csrf_token", ""), expected):
        return "CSRF token missing or wrong", 403
    name = request.form.get("name", "").strip()
    message = request.form.get("message", "").strip()
    if not name or not message:
        return "name and message are required", 400
    entries.insert(0, {"name": name, "message": message})
    return redirect(url_for("index"), code=303)
