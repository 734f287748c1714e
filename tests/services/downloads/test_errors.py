"""Pull failures in plain words, from the texts real servers send."""

from __future__ import annotations

import pytest

from desktop.ollama.errors import ServerError, ServerUnreachable, StreamBroken
from desktop.services.downloads.errors import (
    OFFLINE,
    describe_pull_error,
    needs_insecure,
    server_words,
)

OFFLINE_TEXT = (
    'pull model manifest: Get "https://registry.ollama.ai/v2/library/llama3.2/manifests/1b": '
    "dial tcp: lookup registry.ollama.ai on 127.0.0.53:53: no such host"
)
INSECURE_TEXT = (
    'pull model manifest: Get "https://127.0.0.1:5000/v2/library/smollm2/manifests/135m": '
    "http: server gave HTTP response to HTTPS client"
)


@pytest.mark.parametrize(
    ("server_message", "expected"),
    [
        ("pull model manifest: file does not exist", "There is no model called “nope:1b”"),
        (OFFLINE_TEXT, OFFLINE),
        (INSECURE_TEXT, "Allow insecure (HTTP) registry"),
        ("write /models/blobs/x-partial: no space left on device", "run out of disk space"),
        ("digest mismatch, file must be downloaded again", "arrived damaged"),
        ("insecure protocol http", "Allow insecure"),
        ("pull model manifest: 412: requires a newer version of Ollama", "newer version"),
        ("max retries exceeded: EOF", "gave up"),
        ("something brand new", "Ollama said: something brand new"),
    ],
)
def test_server_texts_become_plain_words(server_message: str, expected: str) -> None:
    assert expected in server_words(server_message, "nope:1b")


def test_errors_of_each_kind() -> None:
    broken = StreamBroken(server_message="pull model manifest: file does not exist")
    assert "There is no model called “x”" in describe_pull_error(broken, "x")
    nonstream = ServerError(500, OFFLINE_TEXT)
    assert describe_pull_error(nonstream, "x") == OFFLINE
    unreachable = ServerUnreachable("http://127.0.0.1:1", "refused")
    assert describe_pull_error(unreachable, "x") == unreachable.message
    assert "log file" in describe_pull_error(RuntimeError("boom"), "x")


def test_only_an_http_only_registry_asks_for_insecure() -> None:
    assert needs_insecure(StreamBroken(server_message=INSECURE_TEXT))
    assert needs_insecure(ServerError(500, "insecure protocol http"))
    assert not needs_insecure(StreamBroken(server_message=OFFLINE_TEXT))
    assert not needs_insecure(StreamBroken())
