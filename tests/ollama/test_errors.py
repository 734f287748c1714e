"""Every kind of failure, answered for real by the test server, in plain words."""

from __future__ import annotations

import json

import pytest

from desktop.ollama import (
    ModelNotFound,
    OllamaClient,
    RequestRejected,
    ServerError,
    ServerUnreachable,
    UnexpectedResponse,
)
from tests.fake_ollama import FakeOllama


def answer(fake: FakeOllama, path: str, status: int, body: object, content_type: str) -> None:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    fake.override(path, status=status, body=data, content_type=content_type)


JSON = "application/json; charset=utf-8"


@pytest.mark.parametrize(
    ("server_text", "words"),
    [
        ("registry.ollama.ai/library/x does not support tools", "can't use tools"),
        ('"x" does not support thinking', "can't think"),
        ("x does not support insert", "fill in the middle"),
        ("x does not support vision", "look at images"),
        ("x does not support chat", "can't chat"),
        ("x does not support completion", "only makes embeddings"),
        ("x does not support image input", "look at images"),
        ("x does not support generate", "Ollama couldn't do that"),
    ],
)
def test_a_missing_capability_says_what_to_change(
    client: OllamaClient, fake_ollama: FakeOllama, server_text: str, words: str
) -> None:
    answer(fake_ollama, "/api/show", 400, {"error": server_text}, JSON)
    with pytest.raises(RequestRejected) as caught:
        client.show("x")
    assert words in caught.value.message
    assert server_text in caught.value.detail


def test_a_cloud_model_asks_for_a_sign_in(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    body = {"error": "unauthorized", "signin_url": "https://ollama.com/connect?key=abc"}
    answer(fake_ollama, "/api/show", 401, body, JSON)
    with pytest.raises(RequestRejected) as caught:
        client.show("gpt-oss:120b-cloud")
    assert "sign in" in caught.value.message
    assert caught.value.signin_url == "https://ollama.com/connect?key=abc"
    assert str(caught.value) == caught.value.message


@pytest.mark.parametrize(
    ("status", "body", "words"),
    [
        (403, {"error": "forbidden by policy"}, "refused the request: forbidden by policy"),
        (403, {"error": ""}, "access denied"),
        (499, {"error": "client closed"}, "was cancelled"),
        (400, {"error": ""}, "refused the request (HTTP 400)"),
        (404, {"error": "no such route"}, "older version"),
    ],
)
def test_refusals(
    client: OllamaClient, fake_ollama: FakeOllama, status: int, body: dict, words: str
) -> None:
    answer(fake_ollama, "/api/version", status, body, JSON)
    with pytest.raises(RequestRejected) as caught:
        client.version()
    assert words in caught.value.message
    assert caught.value.signin_url is None


@pytest.mark.parametrize(
    ("status", "body", "words"),
    [
        (503, {"error": "server busy"}, "busy"),
        (502, {"error": "bad gateway"}, "couldn't reach the service behind it"),
        (500, {"error": "llama runner crashed"}, "ran into a problem"),
        (500, {"error": ""}, "ran into a problem (HTTP 500)"),
    ],
)
def test_server_failures(
    client: OllamaClient, fake_ollama: FakeOllama, status: int, body: dict, words: str
) -> None:
    answer(fake_ollama, "/api/tags", status, body, JSON)
    with pytest.raises(ServerError) as caught:
        client.list_models()
    assert words in caught.value.message


def test_a_404_naming_a_model_is_model_not_found(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    answer(fake_ollama, "/api/ps", 404, {"error": "model 'ghost:1b' not found"}, JSON)
    with pytest.raises(ModelNotFound) as caught:
        client.running_models()
    assert caught.value.model == "ghost:1b"


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        (200, [1, 2, 3], JSON),  # JSON, but not an object
        (200, b"Ollama is running", "text/plain"),  # not JSON at all
        (200, b"{broken", JSON),  # says JSON, isn't
        (500, b"{broken", JSON),  # an error whose body can't be read
    ],
)
def test_answers_that_are_not_ollamas(
    client: OllamaClient, fake_ollama: FakeOllama, status: int, body: object, content_type: str
) -> None:
    answer(fake_ollama, "/api/tags", status, body, content_type)
    with pytest.raises(UnexpectedResponse) as caught:
        client.list_models()
    assert "didn't look like Ollama's" in caught.value.message


def test_a_json_error_stream_that_is_not_ndjson_still_streams(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    """Some proxies relabel the stream as plain JSON: it is still Ollama's stream."""
    lines = [
        {"model": "m", "created_at": "2026-11-25T05:48:29Z", "message": {"content": "hi"}},
        {"model": "m", "created_at": "2026-11-25T05:48:29Z", "message": {}, "done": True},
    ]
    body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    answer(fake_ollama, "/api/chat", 200, body, "application/json")
    chunks = list(client.chat("m", []))
    assert [c.message.content for c in chunks] == ["hi", ""]


@pytest.mark.parametrize(
    ("url", "reason", "words"),
    [
        ("http://127.0.0.1:11434", "timeout", "did not answer in time"),
        ("http://gpu-box.lan:11434", "refused", "running on that computer"),
        ("http://127.0.0.1:11434", "network", "network connection failed"),
    ],
)
def test_unreachable_in_words(url: str, reason: str, words: str) -> None:
    error = ServerUnreachable(url, reason)
    assert words in error.message and url in error.message
