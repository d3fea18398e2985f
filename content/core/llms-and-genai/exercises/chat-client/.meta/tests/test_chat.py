import socket

import pytest
from pretend_llm import Reply, chunk, completion, error, stream

import chat

KEY = "sk-test-5f3a"
HELLO = [{"role": "user", "content": "Say hello in French."}]


def client_for(llm, **settings):
    """A client of the pretend API whose waits are written down in client.waits."""
    waits = []
    client = chat.ChatClient(llm.url, KEY, "tiny-chat", sleep=waits.append, **settings)
    return client, waits


def chat_error_from(call, what):
    """The ChatError that call() raises; a clear failure for anything else."""
    try:
        call()
    except chat.ChatError as caught:
        return caught
    except Exception as other:
        pytest.fail(
            f"{what} raised {type(other).__name__}: {other}. Catch urllib.error.HTTPError "
            "(error.code is the status) and other OSErrors, and raise your own ChatError",
            pytrace=False,
        )
    pytest.fail(f"{what} should raise ChatError, but it raised nothing", pytrace=False)


def pieces_of(stream, what="stream(HELLO)"):
    """Every piece a stream yields; a clear failure when it stumbles on a line."""
    try:
        return list(stream)
    except ValueError as problem:  # json.JSONDecodeError is a ValueError
        pytest.fail(
            f"list({what}) raised {type(problem).__name__}: {problem}. Only the data of an event "
            "is JSON, and the line data: [DONE] is not: stop the stream there, before json.loads",
            pytrace=False,
        )


def closed_port_url():
    """A base URL where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def test_complete_sends_a_chat_request(llm):
    """complete POSTs the model, the messages and the temperature as JSON, with the API key."""
    llm.script(completion("Bonjour !"))
    client, _ = client_for(llm)
    answer = client.complete(HELLO)
    assert [r.path for r in llm.requests] == ["/v1/chat/completions"], (
        "complete should send one request to base_url + '/chat/completions'"
    )
    request = llm.requests[0]
    assert request.headers.get("authorization") == f"Bearer {KEY}", (
        "The request should carry the API key in the header Authorization: Bearer <api_key>"
    )
    assert request.headers.get("content-type") == "application/json", (
        "The request should have the header Content-Type: application/json"
    )
    assert request.json() == {"model": "tiny-chat", "messages": HELLO, "temperature": 0.7}, (
        "The JSON body should be exactly {\"model\": ..., \"messages\": ..., \"temperature\": 0.7} "
        "(0.7 when no temperature is given, and no max_tokens)"
    )
    assert answer == "Bonjour !", (
        "complete should return the text of the answer: choices[0][\"message\"][\"content\"]"
    )


def test_complete_with_temperature_and_max_tokens(llm):
    """A temperature and max_tokens given to complete go into the body."""
    llm.script(completion("Salut"))
    client, _ = client_for(llm)
    messages = [{"role": "system", "content": "Be brief."}, *HELLO]
    assert client.complete(messages, temperature=0.0, max_tokens=5) == "Salut", "complete should return 'Salut'"
    assert llm.requests[0].json() == {"model": "tiny-chat", "messages": messages, "temperature": 0.0, "max_tokens": 5}, (
        "complete(messages, temperature=0.0, max_tokens=5) should send temperature 0.0 and "
        "max_tokens 5 in the body, with every message in order"
    )


def test_base_url_may_end_with_a_slash(llm):
    """A base URL ending in "/" gives the same path, without a double slash."""
    llm.script(completion("Bonjour"))
    chat.ChatClient(llm.url + "/", KEY, "tiny-chat").complete(HELLO)
    assert [r.path for r in llm.requests] == ["/v1/chat/completions"], (
        "With a base URL that ends in '/', the request should still go to /v1/chat/completions"
    )


def test_settings_and_their_defaults(llm):
    """The client keeps its settings; by default 2 retries and a timeout of 10 seconds."""
    client = chat.ChatClient(llm.url, KEY, "tiny-chat")
    assert (client.retries, client.timeout) == (2, 10.0), (
        "ChatClient(url, key, model) should have retries == 2 and timeout == 10.0 by default"
    )
    other = chat.ChatClient(llm.url, KEY, "tiny-chat", retries=5, timeout=1.5)
    assert (other.retries, other.timeout) == (5, 1.5), "retries=5, timeout=1.5 should be kept as client.retries and client.timeout"


def test_a_bad_request_is_not_tried_again(llm):
    """A 400 raises ChatError with the status and the API's message at once."""
    llm.script(error(400, "messages must not be empty"))
    client, waits = client_for(llm)
    caught = chat_error_from(lambda: client.complete([]), "complete([]) answered 400")
    assert caught.status == 400, "A 400 answer should raise ChatError with status 400"
    assert str(caught) == "messages must not be empty", (
        "The ChatError's message should be the API's own: the body's error.message"
    )
    assert len(llm.requests) == 1 and waits == [], (
        "A 400 should not be tried again: asking again gets the same answer"
    )


def test_other_answers_below_500_are_not_tried_again(llm):
    """Every status below 500 except 429 is an answer: no retry."""
    for status in [404, 409, 422, 499]:
        llm.script(error(status, f"refused with {status}"))
        client, waits = client_for(llm)
        caught = chat_error_from(lambda: client.complete(HELLO), f"complete answered {status}")
        assert caught.status == status, f"A {status} answer should raise ChatError with status {status}"
        assert len(llm.requests) == 1 and waits == [], (
            f"A {status} should not be tried again: only 429 and statuses of 500 and above are"
        )
        llm.requests.clear()


def test_a_wrong_key(llm):
    """A 401 raises ChatError(401, ...) at once."""
    llm.script(error(401, "Incorrect API key provided"))
    client, waits = client_for(llm)
    caught = chat_error_from(lambda: client.complete(HELLO), "complete answered 401")
    assert (caught.status, str(caught)) == (401, "Incorrect API key provided"), (
        "A 401 should raise ChatError with status 401 and the message 'Incorrect API key provided'"
    )
    assert len(llm.requests) == 1, "A 401 should not be tried again"


def test_an_error_without_the_usual_body(llm):
    """When the error body has no error.message, the message says the status."""
    for reply, status in [(Reply(404), 404), (Reply(403, {"detail": "no"}), 403), (Reply(422, {"error": "bad"}), 422)]:
        llm.script(reply)
        client, _ = client_for(llm)
        caught = chat_error_from(lambda: client.complete(HELLO), f"complete answered {status}")
        assert (caught.status, str(caught)) == (status, f"the API answered {status}"), (
            f"An error {status} whose body has no error.message (here {reply.body!r}) should raise "
            f"ChatError({status}, 'the API answered {status}')"
        )


def test_429_waits_as_long_as_retry_after_says(llm):
    """Too many requests: wait the seconds of the Retry-After header, then try again."""
    llm.script(error(429, "Rate limit reached", {"Retry-After": "3"}), completion("Bonjour"))
    client, waits = client_for(llm)
    assert client.complete(HELLO) == "Bonjour", "After a 429 and a good answer, complete should return the answer"
    assert waits == [3.0], (
        f"After a 429 with Retry-After: 3 the client should call sleep(3.0) once; it waited {waits}"
    )
    assert len(llm.requests) == 2 and llm.requests[1].json() == llm.requests[0].json(), (
        "After the wait the same request should be sent again"
    )


def test_429_without_retry_after_backs_off(llm):
    """A 429 without Retry-After waits like a server error: 1 second first."""
    llm.script(error(429, "Rate limit reached"), completion("Bonjour"))
    client, waits = client_for(llm)
    assert client.complete(HELLO) == "Bonjour", "complete should return the answer after the 429"
    assert waits == [1.0], f"A 429 without Retry-After should wait 1 second, like a first retry; it waited {waits}"


def test_server_errors_back_off(llm):
    """After a 500 and a 503 the client waits 1 s, then 2 s, and gets the answer."""
    llm.script(error(500, "oops"), error(503, "overloaded"), completion("Bonjour"))
    client, waits = client_for(llm)
    assert client.complete(HELLO) == "Bonjour", "complete should return the answer of the third try"
    assert waits == [1.0, 2.0], (
        f"Before the second and third tries the client should wait 1.0 and 2.0 seconds "
        f"(twice as long each time); it waited {waits}"
    )


def test_retry_after_on_a_server_error(llm):
    """A 503 may say how long to wait too: Retry-After counts for any answer tried again."""
    llm.script(error(503, "overloaded", {"Retry-After": "4"}), completion("Bonjour"))
    client, waits = client_for(llm)
    client.complete(HELLO)
    assert waits == [4.0], f"A 503 with Retry-After: 4 should wait 4.0 seconds; it waited {waits}"


def test_the_first_choice_is_the_answer(llm):
    """When the API gives several choices, the answer is the first one."""
    reply = completion("Bonjour")
    second = {"index": 1, "message": {"role": "assistant", "content": "Salut"}, "finish_reason": "stop"}
    llm.script(Reply(200, {**reply.body, "choices": [*reply.body["choices"], second]}))
    client, _ = client_for(llm)
    assert client.complete(HELLO) == "Bonjour", (
        "With two choices, complete should return the first: choices[0][\"message\"][\"content\"]"
    )


def test_a_late_429_uses_its_own_wait(llm):
    """Retry-After replaces the backoff for that wait only."""
    llm.script(error(502, "bad gateway"), error(429, "slow down", {"Retry-After": "5"}), completion("Bonjour"))
    client, waits = client_for(llm)
    client.complete(HELLO)
    assert waits == [1.0, 5.0], f"A 502 then a 429 with Retry-After: 5 should wait [1.0, 5.0]; it waited {waits}"


def test_gives_up_after_the_retries(llm):
    """When every try fails, ChatError has the last status; no wait after the last try."""
    llm.script(error(503, "overloaded"))
    client, waits = client_for(llm, retries=3)
    caught = chat_error_from(lambda: client.complete(HELLO), "complete answered 503 every time")
    assert len(llm.requests) == 4, (
        f"With retries=3 the client should try 4 times (the first and 3 more), not {len(llm.requests)}"
    )
    assert waits == [1.0, 2.0, 4.0], (
        f"With retries=3 the waits should be [1.0, 2.0, 4.0], none after the last try; they were {waits}"
    )
    assert (caught.status, str(caught)) == (503, "overloaded"), "The ChatError should have status 503 and the message 'overloaded'"


def test_no_retries(llm):
    """retries=0 means one try only."""
    llm.script(error(500, "oops"))
    client, waits = client_for(llm, retries=0)
    caught = chat_error_from(lambda: client.complete(HELLO), "complete answered 500")
    assert len(llm.requests) == 1 and waits == [], "With retries=0 the client should try once and never wait"
    assert caught.status == 500, "The ChatError should have status 500"


def test_a_slow_answer_times_out_and_is_tried_again(llm):
    """No answer within the timeout counts as a failed try."""
    llm.script(Reply(delay=1.0, body=completion("too late").body), completion("in time"))
    client, waits = client_for(llm, timeout=0.2)
    answer = client.complete(HELLO)
    assert answer == "in time", (
        "The first answer came after 1 s, the client's timeout is 0.2 s: it should give up on it, "
        "wait, and return the second answer 'in time'. Pass timeout=self.timeout to urlopen"
    )
    assert waits == [1.0], f"After a timeout the client should wait 1 second before trying again; it waited {waits}"


def test_no_connection(llm):
    """When nothing answers, ChatError has status None and says so."""
    waits = []
    client = chat.ChatClient(closed_port_url(), KEY, "tiny-chat", retries=1, sleep=waits.append)
    caught = chat_error_from(lambda: client.complete(HELLO), "complete with no server")
    assert caught.status is None, "When there is no answer at all, the ChatError's status should be None"
    assert str(caught).startswith("could not reach the API: "), (
        "The message should start with 'could not reach the API: ' followed by the error"
    )
    assert waits == [1.0], f"A refused connection should be tried again after 1 second (retries=1); waits were {waits}"


def test_stream_gives_the_pieces(llm):
    """stream sends "stream": true and yields each piece of content as it comes."""
    llm.script(stream("Bon", "jour", " !"))
    client, _ = client_for(llm)
    pieces = pieces_of(client.stream(HELLO))
    assert llm.requests[0].json() == {"model": "tiny-chat", "messages": HELLO, "temperature": 0.7, "stream": True}, (
        "stream(messages) should send the same body as complete, plus \"stream\": true"
    )
    assert pieces == ["Bon", "jour", " !"], (
        f"stream should yield the content of each event's delta: ['Bon', 'jour', ' !'], not {pieces}. "
        "Skip events without content (the first has only the role, the last only finish_reason)"
    )


def test_stream_stops_at_done(llm):
    """data: [DONE] ends the stream, even if the server sends more."""
    llm.script(Reply(events=(f"data: {chunk('Oui')}", "data: [DONE]", f"data: {chunk('ignored')}")))
    client, _ = client_for(llm)
    assert pieces_of(client.stream(HELLO, temperature=0.2)) == ["Oui"], (
        "stream should stop at the line data: [DONE]; it is not JSON, and nothing after it counts"
    )
    assert llm.requests[0].json()["temperature"] == 0.2, "stream(messages, temperature=0.2) should send temperature 0.2"


def test_stream_lines_of_every_kind(llm):
    """Comment lines are skipped, and data: may come without a space."""
    events = (": keep-alive", f"data:{chunk('Bon')}", ": still there", f"data:  {chunk('soir')}", "data:[DONE]")
    llm.script(Reply(events=events))
    client, _ = client_for(llm)
    assert pieces_of(client.stream(HELLO)) == ["Bon", "soir"], (
        "stream should skip lines that do not start with 'data:' (': keep-alive' is a comment), "
        "and accept data: with or without spaces after it: take what follows 'data:' and strip it"
    )


def test_stream_takes_the_first_choice(llm):
    """With several choices in an event, the piece is the first choice's."""
    two = '{"choices": [{"index": 0, "delta": {"content": "Oui"}}, {"index": 1, "delta": {"content": "Si"}}]}'
    llm.script(Reply(events=(f"data: {two}", "data: [DONE]")))
    client, _ = client_for(llm)
    assert pieces_of(client.stream(HELLO)) == ["Oui"], (
        "With two choices in an event, stream should yield the first one's delta content"
    )


def test_stream_is_lazy(llm):
    """stream is a generator: nothing is sent before the first piece is asked for."""
    llm.script(stream("Bonjour"))
    client, _ = client_for(llm)
    pieces = client.stream(HELLO)
    assert llm.requests == [], "Calling stream() should not send the request yet: make stream a generator (yield)"
    assert next(iter(pieces)) == "Bonjour", "The first piece should be 'Bonjour'"


def test_stream_retries_too(llm):
    """A 429 before the stream starts is waited out, as for complete."""
    llm.script(error(429, "slow down", {"Retry-After": "2"}), stream("Hola"))
    client, waits = client_for(llm)
    assert pieces_of(client.stream(HELLO)) == ["Hola"], "stream should return the pieces after a 429"
    assert waits == [2.0], f"stream should wait the Retry-After of 2 seconds; it waited {waits}"
