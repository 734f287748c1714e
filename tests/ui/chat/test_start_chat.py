"""Starting a chat with a model (the guide's "Start chatting", the Models tab's "Chat with
this model") uses the empty chat on screen instead of leaving it behind."""

from __future__ import annotations

from typing import Any

from tests.ui.chat.conftest import finished, send


def chat_count(tab: Any) -> int:
    return tab.context.operations.wait(tab.store.conversations.count)


def test_an_empty_chat_on_screen_takes_the_model(qtbot: Any, tab: Any) -> None:
    empty = tab.conversation.id
    before = chat_count(tab)
    tab.start_chat("qwen3:0.6b")
    assert tab.conversation.id == empty and chat_count(tab) == before
    assert tab.conversation.model == "qwen3:0.6b"
    assert tab.model_picker.current_model() == "qwen3:0.6b"
    stored = tab.context.operations.wait(lambda: tab.store.conversations.get(empty))
    assert stored.model == "qwen3:0.6b"

    send(qtbot, tab, "Hello")  # a chat with messages is kept: the next one is new
    creating = tab.conversations.new_chat("llava:7b", reuse_empty=True)
    finished(qtbot, creating)
    assert tab.conversation.id != empty and tab.conversation.model == "llava:7b"
    assert chat_count(tab) == before + 1
