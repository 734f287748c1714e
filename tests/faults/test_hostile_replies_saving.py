"""A reply whose text SQLite or UTF-8 can't take as it came: every byte that arrived is saved
(what can't be stored is replaced by U+FFFD, never dropped), and the chat never stays busy.

A lone surrogate (``"\\ud800"`` in the JSON) is valid JSON but can't be written as UTF-8, so
SQLite refused the whole save; invalid UTF-8 bytes made the whole line unreadable. Neither
comes from Ollama itself, but a proxy or another server may send them.
"""

from __future__ import annotations

from typing import Any

from desktop.ollama import OllamaClient
from desktop.storage import ChatStore, MessageState
from desktop.ui.chat.tab import ChatTab
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send

LONE_SURROGATE = b"bad \\ud800 char"  # as the JSON text of a token: a lone UTF-16 half
INVALID_UTF8 = b"caf\xe9 \xff au lait"  # Latin-1 bytes where UTF-8 belongs
REPLACEMENT = "\ufffd"


def test_a_lone_surrogate_in_a_reply_is_saved_replaced_and_the_chat_goes_on(
    qtbot: Any, tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(
        tokens=["Hello", " there", " X", " end."], raw_content={2: LONE_SURROGATE}
    )
    reply = send(qtbot, tab, "Say something odd.")
    expected = f"Hello therebad {REPLACEMENT} char end."
    assert (reply.content, reply.state) == (expected, MessageState.COMPLETE)
    assert not tab.adapters[tab.conversation.id].session.busy
    fake_ollama.reply = Reply(tokens=["Still", " here."])
    assert send(qtbot, tab, "Again?").content == "Still here."


def test_invalid_utf8_in_a_stream_line_keeps_the_rest_of_the_line(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["One", " two", " X", " four."], raw_content={2: INVALID_UTF8})
    chunks = list(client.chat("smollm2:135m", [{"role": "user", "content": "Hi"}]))
    text = "".join(chunk.message.content for chunk in chunks)
    assert text == f"One twocaf{REPLACEMENT} {REPLACEMENT} au lait four."
    assert chunks[-1].done


def test_a_lone_surrogate_from_a_stream_never_reaches_the_caller(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["a", "X"], raw_content={1: LONE_SURROGATE})
    chunks = list(client.chat("smollm2:135m", [{"role": "user", "content": "Hi"}]))
    text = "".join(chunk.message.content for chunk in chunks)
    assert text == f"abad {REPLACEMENT} char"
    text.encode("utf-8")  # storable, showable


def test_the_store_saves_text_with_lone_surrogates_everywhere(data_dir: Any) -> None:
    store = ChatStore.open(data_dir)
    try:
        conversation = store.conversations.create(model="m", title="t\udc80itle")
        message = store.messages.add(conversation.id, "user", "a\ud800b", parent_id=None)
        store.messages.save_reply(message.id, content="c\udfffd", thinking="\ud83d")
        saved = store.messages.get(message.id)
        assert saved is not None
        assert (saved.content, saved.thinking) == (f"c{REPLACEMENT}d", REPLACEMENT)
        titled = store.conversations.get(conversation.id)
        assert titled is not None and titled.title == f"t{REPLACEMENT}itle"
        # A valid pair that arrived as two halves is one character, not two replacements.
        store.messages.save_reply(message.id, content="\ud83d\ude00", thinking="")
        again = store.messages.get(message.id)
        assert again is not None and again.content == "\U0001f600"
    finally:
        store.close()
