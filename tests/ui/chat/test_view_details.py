"""Smaller promises of the chat view: names, pins, deleting messages, images, endings, scroll."""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.storage import MessageState
from desktop.ui.chat.attachments import THUMBNAIL, attachment_from_bytes, thumbnail
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import finished, send, wait_reply

CONTRACT = ("conversationList", "newChatButton", "chatSearch", "chatModelPicker", "chatInput",
            "chatSendButton", "chatStopButton", "chatTranscript", "chatOptionsButton")  # fmt: skip
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def test_automation_names_are_there_with_accessible_names(tab: Any) -> None:
    for name in CONTRACT:
        widget = tab.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_a_pinned_chat_stays_on_top(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> None:
    send(qtbot, tab, "first chat")
    first = tab.conversation.id
    finished(qtbot, tab.new_chat())
    send(qtbot, tab, "second chat")
    qtbot.waitUntil(lambda: tab.sidebar.model.conversations[0].id != first)
    tab.pin_conversation(first, True)
    qtbot.waitUntil(lambda: tab.sidebar.model.conversations[0].id == first)
    finished(qtbot, tab.new_chat())
    send(qtbot, tab, "third chat")
    third = tab.conversation.id
    qtbot.waitUntil(lambda: third in [c.id for c in tab.sidebar.model.conversations])
    assert tab.sidebar.model.conversations[0].id == first


def test_deleting_a_message_asks_and_removes_what_follows(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    reply = send(qtbot, tab, "one")
    send(qtbot, tab, "two")
    box = finished(qtbot, tab.confirm_delete_message(reply.id))
    assert "the 2 after it" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "deleteMessageConfirm"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.transcript.messages) == 1)
    path = tab.store.messages.visible_path(tab.conversation.id)
    assert [m.content for m in path] == ["one"]


def test_images_go_to_a_vision_model_and_show_in_the_transcript(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    tab.model_picker.setCurrentIndex(tab.model_picker.findText("llava:7b"))
    qtbot.waitUntil(lambda: tab.composer.input.accepts_images, timeout=3000)
    tab.composer.images.add([attachment_from_bytes(PNG, "dot.png")])
    tab.composer.set_text("What is this?")
    tab.composer.send()
    reply = wait_reply(qtbot, tab)
    body = next(r.json for r in fake_ollama.requests if r.path == "/api/chat")
    assert body["messages"][-1]["images"] == [base64.b64encode(PNG).decode()]
    user = tab.store.messages.get(reply.parent_id)
    assert [a.name for a in user.attachments] == ["dot.png"]
    assert tab.store.attachments.data(user.attachments[0].id) == PNG
    widget = tab.transcript.widget_for(user.id)
    assert widget.images.isVisible()
    assert tab.composer.images.images == []
    shown = thumbnail(PNG, THUMBNAIL).toImage()  # its bytes are read on the storage thread
    qtbot.waitUntil(lambda: widget.images.labels[0].pixmap().toImage() == shown, timeout=5000)


def test_a_reply_cut_at_the_length_limit_says_so(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["Once upon", " a time"], done_reason="length")
    reply = send(qtbot, tab, "Story")
    assert reply.state is MessageState.COMPLETE and reply.done_reason == "length"
    widget = tab.transcript.widget_for(reply.id)
    assert widget.note.isVisible() and "reply length limit" in widget.note.text()


def test_scrolling_up_stops_following_the_stream(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    for n in range(6):
        fake_ollama.reply = Reply(tokens=[f"Answer {n}. " * 60])
        send(qtbot, tab, f"Question {n}")
    fake_ollama.reply = Reply(tokens=[f"word{n} " for n in range(3000)], rate=300)
    tab.composer.set_text("Long one")
    tab.composer.send()
    adapter = tab.adapters[tab.conversation.id]
    qtbot.waitUntil(lambda: adapter.busy and tab.pump.running, timeout=5000)
    transcript = tab.transcript
    bar = transcript.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and transcript.following, timeout=5000)
    bar.setValue(0)  # the user scrolls up
    assert not transcript.following
    qtbot.waitUntil(lambda: transcript.jump_button.isVisible(), timeout=3000)
    # It never covers the messages' text: it has a strip of its own under them.
    assert not transcript.jump_button.geometry().intersects(transcript.viewport().geometry())
    top = bar.value()
    qtbot.waitUntil(lambda: bar.maximum() > top + 200, timeout=5000)  # the reply grows below
    assert bar.value() == top
    qtbot.mouseClick(transcript.jump_button, Qt.MouseButton.LeftButton)
    assert transcript.following
    assert not transcript.jump_button.isVisible()
    assert transcript.viewport().geometry().bottom() == transcript.rect().bottom()
    tab.stop()
    assert wait_reply(qtbot, tab).state is MessageState.INTERRUPTED


def test_a_flood_of_tokens_arrives_whole(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> None:
    """At full speed the reader runs ahead of the paced consumer and pauses; nothing is lost."""
    tokens = [f"w{n} " for n in range(6_000)]
    fake_ollama.reply = Reply(tokens=tokens)
    reply = send(qtbot, tab, "go")
    assert reply.content == "".join(tokens)
    assert tab.transcript.widget_for(reply.id) is not None


def test_thinking_streams_open_then_folds_away_when_the_answer_starts(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.add_model("qwen3:0.6b", capabilities=("completion", "thinking"))
    tab.installed_models.refresh_soon()
    qtbot.waitUntil(lambda: tab.model_picker.findText("qwen3:0.6b") >= 0, timeout=3000)
    tab.model_picker.setCurrentIndex(tab.model_picker.findText("qwen3:0.6b"))
    fake_ollama.reply = Reply(
        thinking=["The user ", "asks ", "about ", "rivers."] * 3,
        tokens=["Rivers ", "flow."],
        rate=40,
    )
    tab.composer.set_text("Tell me about rivers")
    tab.composer.send()
    adapter = tab.adapters[tab.conversation.id]
    qtbot.waitUntil(lambda: adapter.live_message_id is not None, timeout=3000)
    live = adapter.live_message_id

    def section() -> Any:
        widget = tab.transcript.widget_for(live)
        return None if widget is None else widget.thinking

    qtbot.waitUntil(lambda: section() is not None and section().thinking.startswith("The user"))
    assert section().is_open and section().toggle.text().startswith("Thinking")
    reply = wait_reply(qtbot, tab)
    assert reply.thinking == "The user asks about rivers." * 3 and reply.content == "Rivers flow."
    thinking = section()
    assert not thinking.is_open and thinking.toggle.text().startswith("Thought for")
    qtbot.mouseClick(thinking.toggle, Qt.MouseButton.LeftButton)
    assert thinking.is_open and thinking.text.isVisible()
    # The text's box hugs it: the left rule and padding add width, never empty lines below.
    document_height = thinking.text.document().size().height()
    qtbot.waitUntil(lambda: abs(thinking.text.height() - document_height) <= 2)
