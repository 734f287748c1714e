"""Server faults while a chat reply is asked for, seen in the real Chat tab over real HTTP.

A proxy's HTML page, an empty 403 (Ollama's Host check), a 500 whose body is not Ollama's,
another web server at the address, a stream cut in the middle of a line: the user's message
stays, the reply ends marked with plain words (never the server's page or raw text), what
arrived is kept, and the next reply works. Bytes that are not UTF-8 are saved replaced.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.storage import MessageState
from tests.fake_ollama import FakeOllama, Reply
from tests.ollama.raw_http import RawResponder
from tests.ui.chat.conftest import send


def chat_line(content: str) -> bytes:
    line = {
        "model": "smollm2:135m",
        "created_at": "2026-11-25T05:48:29.2Z",
        "message": {"role": "assistant", "content": content},
        "done": False,
    }
    return json.dumps(line).encode() + b"\n"


def garbage_500(fake: FakeOllama) -> None:
    fake.override("/api/chat", status=500, body=b"<pre>panic: runtime error</pre>",
                  content_type="text/html")  # fmt: skip


def another_web_server(fake: FakeOllama) -> None:
    """The address names some other web server: its own "not found" page."""
    page = b"<html><title>404</title><h1>Not Found</h1><p>nothing at /api/chat</p></html>"
    fake.override("/api/chat", status=404, body=page, content_type="text/html")


@pytest.mark.parametrize(
    ("answer", "words", "never"),
    [
        (lambda fake: fake.html_error("/api/chat", 502), "proxy", ["<html", "nginx", "<h1>"]),
        (lambda fake: fake.empty_forbidden("/api/chat"), "OLLAMA_HOST=0.0.0.0", ["403 Forbidden"]),
        (garbage_500, "Check the server address", ["<pre>", "panic"]),
        (another_web_server, "Check the server address", ["<title>", "Not Found</h1>"]),
    ],
    ids=["proxy-html-page", "empty-403", "500-not-ollama", "wrong-url-another-web-server"],
)
def test_a_reply_refused_by_what_answers_ends_in_plain_words(
    qtbot: Any,
    tab: Any,
    fake_ollama: FakeOllama,
    answer: Callable[[FakeOllama], None],
    words: str,
    never: list[str],
) -> None:
    answer(fake_ollama)
    reply = send(qtbot, tab, "Are you there?")
    assert reply.state is MessageState.ERROR and reply.content == ""
    path = tab.store.messages.visible_path(tab.conversation.id)
    assert (path[0].role, path[0].content) == ("user", "Are you there?")
    shown = tab.transcript.widget_for(reply.id).error_label.text()
    assert words in shown and words in reply.error
    for raw in never:
        assert raw not in shown and raw not in reply.error
    fake_ollama.overrides.clear()  # the proxy is fixed: the chat goes on
    fake_ollama.reply = Reply(tokens=["Yes."])
    assert send(qtbot, tab, "And now?").content == "Yes."


def test_a_stream_cut_in_the_middle_of_a_line_keeps_what_arrived_marked(
    qtbot: Any, tab: Any
) -> None:
    wire = chat_line("Kept ") + chat_line("words") + b'{"model":"smollm2:135m","mess'
    with RawResponder([wire], terminate=False) as server:
        cut = AsyncOllamaClient(OllamaClient(server.url))
        original, tab.context.ollama = tab.context.ollama, cut
        try:
            reply = send(qtbot, tab, "Talk")
        finally:
            tab.context.ollama = original
            cut.close()
    assert reply.state is MessageState.ERROR
    assert reply.content == "Kept words"  # nothing of the half line
    widget = tab.transcript.widget_for(reply.id)
    assert "Kept words" in widget.body.plain_text()
    assert "incomplete" in widget.error_label.text()
    assert "connection to Ollama broke" in widget.error_label.text()
    assert "mess" not in widget.error_label.text()


def test_a_stream_that_stops_without_its_last_line_keeps_what_arrived_marked(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    """A well-formed HTTP answer whose stream just ends: no final line, no error line."""
    body = chat_line("Half ") + chat_line("a reply") + b'{"model":"smollm2:135m","done":'
    fake_ollama.override("/api/chat", status=200, body=body, content_type="application/x-ndjson")
    reply = send(qtbot, tab, "Talk")
    assert (reply.state, reply.content) == (MessageState.ERROR, "Half a reply")
    widget = tab.transcript.widget_for(reply.id)
    assert "incomplete" in widget.error_label.text()
    assert '"done"' not in widget.error_label.text()


def test_a_malformed_line_mid_stream_is_skipped_and_the_reply_completes(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["one ", "two ", "three"], malformed_after=1)
    reply = send(qtbot, tab, "Count")
    assert (reply.state, reply.content) == (MessageState.COMPLETE, "one two three")


def test_invalid_utf8_from_a_proxy_is_saved_replaced_and_the_chat_goes_on(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(
        tokens=["One", " two", " X", " four."], raw_content={2: b"caf\xe9 \xff au lait"}
    )
    reply = send(qtbot, tab, "Say something odd.")
    assert (reply.state, reply.content) == (
        MessageState.COMPLETE,
        "One twocaf\ufffd \ufffd au lait four.",
    )
    assert "au lait four." in tab.transcript.widget_for(reply.id).body.plain_text()
    fake_ollama.reply = Reply(tokens=["Still", " here."])
    assert send(qtbot, tab, "Again?").content == "Still here."
