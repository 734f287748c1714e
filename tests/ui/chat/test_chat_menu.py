"""The chat header's ⋯ menu reaches export, import and delete without the sidebar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send


def test_the_header_menu_offers_the_chat_actions(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["Hi."])
    send(qtbot, tab, "Hello")
    menu = tab.menu_button.menu()
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == [
        "Rename…",
        "Export as Markdown…",
        "Export as JSON…",
        "Import a chat…",
        "Delete this chat…",
    ]
    assert tab.menu_button.accessibleName() and tab.menu_button.toolTip()
    chat_id = tab.conversation.id
    delete = next(action for action in menu.actions() if action.text() == "Delete this chat…")
    delete.trigger()
    qtbot.waitUntil(
        lambda: tab.findChild(QMessageBox, "deleteChatDialog") is not None, timeout=3000
    )
    box = tab.findChild(QMessageBox, "deleteChatDialog")
    qtbot.mouseClick(box.findChild(QPushButton, "deleteChatConfirm"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tab.conversation is None or tab.conversation.id != chat_id, timeout=5000
    )
    qtbot.waitUntil(lambda: tab.conversations.listed(chat_id) is None, timeout=5000)
