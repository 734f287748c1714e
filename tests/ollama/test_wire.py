"""The client against exact bytes on a real socket: splits, cuts, early ends, cancel."""

from __future__ import annotations

import json
import threading

import pytest

from desktop.ollama import OllamaClient, StreamBroken, UnexpectedResponse
from tests.ollama.raw_http import RawResponder


def chat_line(content: str, *, done: bool = False, **extra: object) -> bytes:
    line = {
        "model": "m",
        "created_at": "2026-11-25T05:48:29.2Z",
        "message": {"role": "assistant", "content": content},
        "done": done,
        **extra,
    }
    return json.dumps(line, ensure_ascii=False).encode() + b"\n"


REPLY = ["Grüße", " 👋", " 日本語", "\n", "done"]
BODY = b"".join(chat_line(part) for part in REPLY) + chat_line("", done=True, eval_count=5)


def test_every_byte_in_its_own_http_chunk() -> None:
    pieces = [BODY[i : i + 1] for i in range(len(BODY))]
    with RawResponder(pieces) as server:
        chunks = list(OllamaClient(server.url).chat("m", [{"role": "user", "content": "hi"}]))
    assert "".join(c.message.content for c in chunks) == "".join(REPLY)
    assert chunks[-1].done and chunks[-1].eval_count == 5


def test_all_lines_in_one_http_chunk() -> None:
    with RawResponder([BODY]) as server:
        chunks = list(OllamaClient(server.url).chat("m", []))
    assert len(chunks) == len(REPLY) + 1


def test_the_final_chunk_text_is_kept() -> None:
    body = chat_line("Hello") + chat_line(" world", done=True)
    with RawResponder([body]) as server:
        chunks = list(OllamaClient(server.url).chat("m", []))
    assert "".join(c.message.content for c in chunks) == "Hello world"


def test_stream_that_ends_without_done_is_broken_and_keeps_the_text() -> None:
    body = b"".join(chat_line(part) for part in REPLY[:3])
    with RawResponder([body]) as server, pytest.raises(StreamBroken) as caught:
        list(OllamaClient(server.url).chat("m", []))
    assert caught.value.partial_text == "".join(REPLY[:3])
    assert caught.value.chunks_received == 3
    assert caught.value.server_message is None
    assert "broke" in caught.value.message


def test_connection_cut_inside_a_chunk() -> None:
    body = chat_line("kept") + b'{"model":"m","mess'
    with RawResponder([body], terminate=False) as server, pytest.raises(StreamBroken) as caught:
        list(OllamaClient(server.url).chat("m", []))
    assert caught.value.partial_text == "kept"


def test_error_line_mid_stream_keeps_partial_and_the_reason() -> None:
    body = chat_line("half a") + b'{"error":"an error was encountered while running the model"}\n'
    with RawResponder([body]) as server, pytest.raises(StreamBroken) as caught:
        list(OllamaClient(server.url).chat("m", []))
    assert caught.value.partial_text == "half a"
    assert caught.value.server_message == "an error was encountered while running the model"
    # The client's own words for a reply; the server's text is kept for the details.
    assert caught.value.message.startswith("The reply stopped early")
    assert "an error was encountered" not in caught.value.message
    assert "an error was encountered while running the model" in caught.value.detail


def test_malformed_line_is_skipped_and_counted() -> None:
    body = chat_line("a") + b"{not json\n" + chat_line("b", done=True)
    with RawResponder([body]) as server:
        stream = OllamaClient(server.url).chat("m", [])
        chunks = list(stream)
    assert "".join(c.message.content for c in chunks) == "ab"
    assert stream.malformed_lines == 1


def test_a_proxy_page_with_status_200_is_not_taken_for_a_stream() -> None:
    page = b"<html><body>Please log in to the proxy</body></html>"
    responder = RawResponder([page], content_type="text/html")
    with responder as server, pytest.raises(UnexpectedResponse) as caught:
        list(OllamaClient(server.url).chat("m", []))
    assert "proxy" in caught.value.message
    assert "log in" in caught.value.excerpt


def test_close_from_another_thread_while_waiting_for_the_first_byte() -> None:
    with RawResponder(answer=False) as server:
        stream = OllamaClient(server.url).chat("m", [])
        result: list[object] = []

        def consume() -> None:
            result.append(list(stream))

        reader = threading.Thread(target=consume)
        reader.start()
        assert server.wait_for_request(timeout=5)  # the request is on the wire, unanswered
        stream.close()
        reader.join(timeout=5)  # generous: a close that did not wake the read would hang here
        assert not reader.is_alive()
    assert result == [[]]
