"""An empty chat welcomes: the model that will answer, what it is good for, questions to try."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import MODEL, wait_reply


def test_an_empty_chat_welcomes_and_an_example_question_is_sent(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    created = tab.new_chat(MODEL)
    if created is not None:
        qtbot.waitUntil(created.done, timeout=5000)
    welcome = tab.findChild(QWidget, "chatWelcome")
    assert welcome is not None
    qtbot.waitUntil(welcome.isVisible, timeout=5000)
    assert MODEL in welcome.title.text()
    assert "chat" in welcome.abilities.text() and "completion" not in welcome.abilities.text()
    example = welcome.examples[0]
    assert example.isEnabled()
    fake_ollama.reply = Reply(tokens=["Sunlight ", "bends in raindrops."])
    qtbot.mouseClick(example, Qt.MouseButton.LeftButton)
    reply = wait_reply(qtbot, tab)
    assert reply.content == "Sunlight bends in raindrops."
    messages = tab.transcript.messages
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[0].content == example.text()
    assert not welcome.isVisible()


def test_the_welcome_says_what_a_thinking_model_is_good_for(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    created = tab.new_chat("qwen3:0.6b")
    if created is not None:
        qtbot.waitUntil(created.done, timeout=5000)
    welcome = tab.transcript.welcome
    qtbot.waitUntil(lambda: "thinking" in welcome.abilities.text(), timeout=5000)
    assert "qwen3:0.6b" in welcome.title.text()
