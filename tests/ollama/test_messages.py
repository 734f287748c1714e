"""The client's own words fit what was going on (a reply, a download, an upload, a create);
the server's raw text stays in ``server_message`` and ``detail``, never in the message."""

from __future__ import annotations

import json

import pytest
import requests

from desktop.ollama import OllamaClient, StreamBroken
from desktop.ollama.errors import CREATE, DOWNLOAD, REPLY, UPLOAD
from desktop.services.downloads.errors import OFFLINE, describe_pull_error
from tests.fake_ollama import FakeOllama, PullPlan, Reply
from tests.ollama.raw_http import RawResponder

OFFLINE_TEXT = (
    'pull model manifest: Get "https://registry.ollama.ai/v2/library/llama3.2/manifests/1b": '
    "dial tcp: lookup registry.ollama.ai on 127.0.0.53:53: no such host"
)
HELLO = [{"role": "user", "content": "hi"}]


def ndjson(*lines: dict) -> bytes:
    return b"".join(json.dumps(line).encode() + b"\n" for line in lines)


def test_a_failed_pull_speaks_of_a_download(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.registry_add("llama3.2:1b", layer_sizes=[1000])
    fake_ollama.pull_plan = PullPlan(error=OFFLINE_TEXT)
    with pytest.raises(StreamBroken) as caught:
        list(client.pull("llama3.2:1b"))
    error = caught.value
    assert error.operation == DOWNLOAD
    assert error.message.startswith("The download failed because Ollama reported a problem")
    assert "reply" not in error.message
    assert "no such host" not in error.message and "registry" not in error.message
    assert OFFLINE_TEXT in error.detail and error.server_message == OFFLINE_TEXT
    assert describe_pull_error(error, "llama3.2:1b") == OFFLINE  # the queue's words still apply


def test_a_pull_cut_short_speaks_of_a_download_and_what_was_kept() -> None:
    body = ndjson({"status": "pulling manifest"})
    with RawResponder([body], terminate=False) as server, pytest.raises(StreamBroken) as caught:
        list(OllamaClient(server.url).pull("m"))
    assert caught.value.operation == DOWNLOAD and caught.value.server_message is None
    assert "before the download was complete" in caught.value.message
    assert "continues" in caught.value.message


@pytest.mark.parametrize(
    ("path", "operation", "words"),
    [
        ("/api/push", UPLOAD, "The upload failed"),
        ("/api/create", CREATE, "Creating the model failed"),
    ],
)
def test_push_and_create_failures_name_their_operation(
    client: OllamaClient, fake_ollama: FakeOllama, path: str, operation: str, words: str
) -> None:
    body = ndjson({"status": "retrieving manifest"}, {"error": "unauthorized: access denied"})
    fake_ollama.override(path, status=200, body=body, content_type="application/x-ndjson")
    stream = client.push("smollm2:135m") if path == "/api/push" else client.create("x", files={})
    with pytest.raises(StreamBroken) as caught:
        list(stream)
    assert caught.value.operation == operation
    assert caught.value.message.startswith(words)
    assert "access denied" not in caught.value.message
    assert "access denied" in caught.value.detail


@pytest.mark.parametrize(
    ("path", "words"),
    [("/api/push", "before the upload was complete"), ("/api/create", "before the model was")],
)
def test_push_and_create_cut_short(
    client: OllamaClient, fake_ollama: FakeOllama, path: str, words: str
) -> None:
    body = ndjson({"status": "working"})
    fake_ollama.override(path, status=200, body=body, content_type="application/x-ndjson")
    stream = client.push("smollm2:135m") if path == "/api/push" else client.create("x", files={})
    with pytest.raises(StreamBroken) as caught:
        list(stream)  # the body ends without "success": the stream stopped early
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("server_text", "words"),
    [
        ("an error was encountered while running the model: unexpected EOF", "reported a problem"),
        (
            "model runner has unexpectedly stopped, this may be due to resource limitations",
            "unexpectedly stopped",
        ),
        ("CUDA error: out of memory", "ran out of memory"),
        ("model requires more system memory (5.2 GiB) than is available", "ran out of memory"),
    ],
)
def test_a_reply_that_failed_speaks_of_a_reply(
    client: OllamaClient, fake_ollama: FakeOllama, server_text: str, words: str
) -> None:
    fake_ollama.reply = Reply(tokens=["a", "b"], error_after=1, error_message=server_text)
    with pytest.raises(StreamBroken) as caught:
        list(client.chat("smollm2:135m", HELLO))
    error = caught.value
    assert error.operation == REPLY and error.partial_text == "a"
    assert error.message.startswith("The reply stopped early") and words in error.message
    assert server_text not in error.message and server_text in error.detail


def test_an_error_made_by_hand_keeps_the_server_text_in_its_detail() -> None:
    error = StreamBroken(server_message="boom", operation=DOWNLOAD)
    assert error.detail == "boom" and "boom" not in error.message
    assert StreamBroken(operation=UPLOAD).message.startswith("The connection to Ollama broke")


def test_head_of_a_missing_blob_answers_json_like_ollama(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    digest = "sha256:" + "0" * 64
    response = requests.head(f"{fake_ollama.url}/api/blobs/{digest}", timeout=5)
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert response.content == b""  # a HEAD answer has no body
    assert int(response.headers["Content-Length"]) > 0  # ...but says how long it would be
    assert client.blob_exists(digest) is False
