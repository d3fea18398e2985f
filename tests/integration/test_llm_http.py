"""The OpenAI-compatible client against a fake server over a real socket on 127.0.0.1."""

from __future__ import annotations

import base64
import json
import logging
import time

import pytest

from pyascent.services.llm_http import (
    Capabilities,
    LLMClient,
    LLMEndpoint,
    LLMUnavailable,
    api_url,
)
from pyascent.tutor.context import Level, TutorContext, TutorTurn
from pyascent.tutor.prompt import build_messages, parse_reply
from tests.support.fake_openai import MODEL, Reply, fake_openai

KEY = "sk-test-7f3a9c1e55d2"
ASK = [{"role": "user", "content": "Why does my loop stop early?"}]
TURN = {"level": 1, "message": "Look at test_two.", "question": "What is i?", "cites": []}


def endpoint(url: str, timeout_s: float = 5.0, api_key: str = KEY) -> LLMEndpoint:
    return LLMEndpoint(base_url=url, model=MODEL, api_key=api_key, timeout_s=timeout_s)


def test_a_completion_carries_the_text_usage_and_latency() -> None:
    with fake_openai([Reply(kind="json", turn=TURN)]) as fake, LLMClient(endpoint(fake.url)) as llm:
        reply = llm.complete(ASK, json_mode=False)
    assert json.loads(reply.text) == TURN
    assert (reply.prompt_tokens, reply.completion_tokens) == (11, 7)
    assert reply.latency_ms > 0
    assert reply.tool_calls == ()
    [sent] = fake.chat_requests
    assert sent["model"] == MODEL
    assert sent["messages"] == ASK
    assert "response_format" not in sent
    assert "tools" not in sent
    # Nothing but the one chat request reached the server.
    assert [(r.method, r.path) for r in fake.requests] == [("POST", "/v1/chat/completions")]


def test_json_mode_asks_for_a_json_object() -> None:
    with fake_openai([Reply(kind="json", turn=TURN)]) as fake, LLMClient(endpoint(fake.url)) as llm:
        llm.complete(ASK, json_mode=True)
    assert fake.chat_requests[0]["response_format"] == {"type": "json_object"}


def test_a_base_url_that_ends_with_v1_is_not_doubled() -> None:
    assert api_url("http://h:1/v1/", "chat/completions") == "http://h:1/v1/chat/completions"
    assert api_url("http://h:1", "models") == "http://h:1/v1/models"
    with (
        fake_openai([Reply(kind="json", turn=TURN)]) as fake,
        LLMClient(endpoint(fake.url + "/v1")) as llm,
    ):
        llm.complete(ASK, json_mode=False)
        assert llm.list_models() == [MODEL]
    assert [r.path for r in fake.requests] == ["/v1/chat/completions", "/v1/models"]


def test_the_key_is_sent_as_a_bearer_header() -> None:
    with fake_openai([Reply(kind="json", turn=TURN)]) as fake, LLMClient(endpoint(fake.url)) as llm:
        llm.complete(ASK, json_mode=False)
    assert fake.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert KEY not in repr(endpoint(fake.url))


def test_no_authorization_header_without_a_key() -> None:
    with (
        fake_openai([Reply(kind="json", turn=TURN)]) as fake,
        LLMClient(endpoint(fake.url, api_key="")) as llm,
    ):
        llm.complete(ASK, json_mode=False)
    assert "authorization" not in fake.requests[0].headers


def test_user_and_password_in_the_url_become_basic_auth_not_part_of_the_url() -> None:
    with fake_openai([Reply(kind="json", turn=TURN)]) as fake:
        url = fake.url.replace("http://", "http://tutor:s3cret@")
        with LLMClient(endpoint(url, api_key="")) as llm:
            llm.complete(ASK, json_mode=False)
    expected = "Basic " + base64.b64encode(b"tutor:s3cret").decode()
    assert fake.requests[0].headers["authorization"] == expected


def test_a_tool_call_is_read_back() -> None:
    call = Reply(kind="tool-call", tool_name="run_tests", tool_arguments={"code": "x = 1"})
    tool = {"type": "function", "function": {"name": "run_tests", "parameters": {}}}
    with fake_openai([call]) as fake, LLMClient(endpoint(fake.url)) as llm:
        reply = llm.complete(ASK, json_mode=False, tools=[tool])
    [made] = reply.tool_calls
    assert made.name == "run_tests"
    assert json.loads(made.arguments) == {"code": "x = 1"}
    assert fake.chat_requests[0]["tools"] == [tool]


def test_429_is_retried_after_the_wait_the_server_asks_for() -> None:
    script = [Reply(kind="status", status=429, retry_after="1"), Reply(kind="json", turn=TURN)]
    with fake_openai(script) as fake, LLMClient(endpoint(fake.url)) as llm:
        started = time.monotonic()
        reply = llm.complete(ASK, json_mode=False)
        took = time.monotonic() - started
    assert json.loads(reply.text) == TURN
    assert len(fake.chat_requests) == 2
    assert 1.0 <= took < 2.5  # honoured Retry-After: 1, not our own 0.25 s backoff


def test_a_retry_after_longer_than_the_timeout_fails_at_once() -> None:
    script = [Reply(kind="status", status=429, retry_after="30"), Reply(kind="json", turn=TURN)]
    with fake_openai(script) as fake, LLMClient(endpoint(fake.url, timeout_s=2)) as llm:
        started = time.monotonic()
        with pytest.raises(
            LLMUnavailable, match=r"HTTP 429 and asked to wait 30 s; it may wait [12]\.\d s at most"
        ) as caught:
            llm.complete(ASK, json_mode=False)
        assert time.monotonic() - started < 1
    assert caught.value.status == 429
    assert len(fake.chat_requests) == 1


def test_500_then_success() -> None:
    script = [Reply(kind="status", status=500), Reply(kind="json", turn=TURN)]
    with fake_openai(script) as fake, LLMClient(endpoint(fake.url)) as llm:
        assert json.loads(llm.complete(ASK, json_mode=False).text) == TURN
    assert len(fake.chat_requests) == 2


def test_500_with_no_time_left_for_the_backoff_fails_without_waiting() -> None:
    script = [Reply(kind="status", status=502), Reply(kind="json", turn=TURN)]
    no_time = "HTTP 502 and no time was left to try again"
    with (
        fake_openai(script) as fake,
        LLMClient(endpoint(fake.url, timeout_s=0.2)) as llm,
        pytest.raises(LLMUnavailable, match=no_time),
    ):
        llm.complete(ASK, json_mode=False)
    assert len(fake.chat_requests) == 1


def test_500_every_time_gives_up_after_two_retries_with_a_clear_message() -> None:
    script = [Reply(kind="status", status=500)] * 5
    with (
        fake_openai(script) as fake,
        LLMClient(endpoint(fake.url)) as llm,
        pytest.raises(LLMUnavailable) as caught,
    ):
        llm.complete(ASK, json_mode=False)
    assert str(caught.value) == (
        f"The model at {fake.url}/v1/chat/completions answered HTTP 500 3 times in a row."
    )
    assert caught.value.status == 500
    assert len(fake.chat_requests) == 3  # the first try and 2 retries, no more


def test_a_refusal_is_not_retried_and_names_the_server_reason() -> None:
    with (
        fake_openai([], rejects=["response_format"]) as fake,
        LLMClient(endpoint(fake.url)) as llm,
        pytest.raises(LLMUnavailable) as caught,
    ):
        llm.complete(ASK, json_mode=True)
    assert "refused the request: HTTP 400" in str(caught.value)
    assert "unsupported parameter: response_format" in str(caught.value)
    assert len(fake.chat_requests) == 1


def test_a_slow_server_times_out_within_the_bound() -> None:
    script = [Reply(kind="slow", delay_s=5, turn=TURN)]
    with fake_openai(script) as fake, LLMClient(endpoint(fake.url, timeout_s=0.5)) as llm:
        started = time.monotonic()
        with pytest.raises(LLMUnavailable) as caught:
            llm.complete(ASK, json_mode=False)
        took = time.monotonic() - started
    assert 0.5 <= took < 1.5
    assert str(caught.value) == (
        f"The model at {fake.url}/v1/chat/completions did not answer within 0.5 s."
    )
    assert len(fake.chat_requests) == 1  # the time is spent: no retry


def test_a_body_that_is_not_json_is_unavailable() -> None:
    script = [Reply(kind="broken-json", broken_body=True)]
    with (
        fake_openai(script) as fake,
        LLMClient(endpoint(fake.url)) as llm,
        pytest.raises(LLMUnavailable, match="a body that is not JSON"),
    ):
        llm.complete(ASK, json_mode=False)


def test_broken_json_content_is_passed_on_for_the_reader_to_refuse() -> None:
    with fake_openai([Reply(kind="broken-json")]) as fake, LLMClient(endpoint(fake.url)) as llm:
        reply = llm.complete(ASK, json_mode=True)
    assert reply.text.startswith('{"level": 1, "message": "Look at line 2')


def test_an_unreachable_server_is_named() -> None:
    with fake_openai() as fake:
        url = fake.url
    with (
        LLMClient(endpoint(url, timeout_s=2)) as llm,
        pytest.raises(LLMUnavailable, match="could not be reached") as caught,
    ):
        llm.complete(ASK, json_mode=False)
    assert url in str(caught.value)


def test_the_key_never_appears_in_an_error_message_or_a_log_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    echoed = f"Invalid API key {KEY} for this model"
    script = [
        Reply(kind="status", status=503, error_message=echoed),
        Reply(kind="status", status=401, error_message=echoed),
    ]
    with fake_openai(script) as fake:
        # The key also in the URL's user part, as some admins write it.
        with_userinfo = fake.url.replace("http://", f"http://user:{KEY}@")
        with LLMClient(endpoint(with_userinfo)) as llm, pytest.raises(LLMUnavailable) as caught:
            llm.complete(ASK, json_mode=False)
    message = str(caught.value)
    assert "HTTP 401 (check the API key)" in message
    assert "Invalid API key *** for this model" in message
    assert KEY not in message
    assert caplog.records  # the retry after the 503 was logged
    assert all(KEY not in record.getMessage() for record in caplog.records)


def test_a_reply_without_choices_is_unavailable() -> None:
    script = [Reply(kind="status", status=200, body={"id": "x", "object": "chat.completion"})]
    with (
        fake_openai(script) as fake,
        LLMClient(endpoint(fake.url)) as llm,
        pytest.raises(LLMUnavailable, match='answered without any "choices"'),
    ):
        llm.complete(ASK, json_mode=False)


def test_probe_of_an_endpoint_that_supports_everything() -> None:
    script = [
        Reply(kind="json", turn={"ok": True}),
        Reply(kind="tool-call", tool_name="ping"),
        Reply(kind="stream", chunks=("Hi", " there")),
    ]
    with fake_openai(script) as fake, LLMClient(endpoint(fake.url)) as llm:
        assert llm.probe() == Capabilities(json_mode=True, tools=True, streaming=True)
    sent = fake.chat_requests
    assert sent[0]["response_format"] == {"type": "json_object"}
    assert sent[1]["tools"][0]["function"]["name"] == "ping"
    assert sent[2]["stream"] is True


def test_probe_of_an_endpoint_that_rejects_json_mode_and_tools() -> None:
    script = [Reply(kind="stream")]
    with (
        fake_openai(script, rejects=["response_format", "tools"]) as fake,
        LLMClient(endpoint(fake.url)) as llm,
    ):
        assert llm.probe() == Capabilities(json_mode=False, tools=False, streaming=True)
    assert len(fake.chat_requests) == 3


def test_probe_does_not_trust_a_cut_stream_or_ignored_json_mode() -> None:
    script = [
        Reply(kind="text", content="Sure, here you go: ok"),  # accepted, not honoured
        Reply(kind="text", content="I cannot call tools."),
        Reply(kind="stream", chunks=("a", "b", "c", "d"), truncated=True),
    ]
    with fake_openai(script) as fake, LLMClient(endpoint(fake.url)) as llm:
        assert llm.probe() == Capabilities(json_mode=False, tools=False, streaming=False)


def test_probe_of_an_unreachable_endpoint_raises() -> None:
    with fake_openai() as fake:
        url = fake.url
    with LLMClient(endpoint(url, timeout_s=2)) as llm, pytest.raises(LLMUnavailable):
        llm.probe()


def test_a_tutor_turn_round_trip_with_replies_keyed_by_exercise() -> None:
    """The prompt goes out as JSON, the fake picks its reply by a marker in the request,
    and the reply reads back as an LLM turn; the reference never left the machine."""
    reference = "def double(x):\n    return x * 2  # REFERENCE-ONLY\n"
    ctx = TutorContext(
        exercise_id="double-it",
        title="Double it",
        instructions="Write double(x).",
        main_file="solution.py",
        learner_files={"solution.py": "def double(x):\n    return x + 2\n"},
        references=({"solution.py": reference},),
        hidden_tests=("assert double(21) == 42  # HIDDEN-ONLY",),
        status="failed",
    )
    fallback = TutorTurn(level=Level.LOCATE, message="test_double fails.", question="Why?")
    fenced = "Here you go:\n```json\n" + json.dumps(TURN) + "\n```"
    script = {
        "double-it": Reply(kind="text", content=fenced),
        "other-exercise": Reply(kind="json", turn={"message": "wrong exercise"}),
    }
    with fake_openai(script) as fake, LLMClient(endpoint(fake.url)) as llm:
        messages = build_messages(ctx, Level.LOCATE, fallback)
        reply = llm.complete(messages, json_mode=True)
    turn = parse_reply(reply.text, Level.LOCATE)
    assert turn is not None
    assert (turn.message, turn.source) == ("Look at test_two.", "llm")
    sent = json.dumps(fake.chat_requests)
    assert "return x + 2" in sent
    assert "REFERENCE-ONLY" not in sent
    assert "HIDDEN-ONLY" not in sent
