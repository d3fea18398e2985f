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
    {# Add the hidden field csrf_token here. #}
    <label>Name <input name="name"></label>
    <label>Message <textarea name="message"></textarea></label>
    <button>Sign</button>
  </form>
  <ul>
  {# One <li><b>NAME</b>: MESSAGE</li> per entry, newest first;
     <li>No one has signed yet.</li> when there are none. #}
  </ul>
</body>
</html>
"""


def csrf_token() -> str:
    """This visitor's CSRF token, made the first time it is needed and kept in the session."""
    raise NotImplementedError("csrf_token is not written yet")


@app.get("/")
def index() -> str:
    return render_template_string(PAGE, entries=entries, csrf_token=csrf_token())


@app.post("/sign")
def sign() -> Response | tuple[str, int]:
    raise NotImplementedError("POST /sign is not written yet")
