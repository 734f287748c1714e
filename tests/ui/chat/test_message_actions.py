"""A message's actions: icon buttons drawn on hover and on keyboard focus, always reachable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QToolButton, QWidget

from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send


def drawn(widget: Any) -> list[bool]:
    actions = widget.findChild(QWidget, "chatMessageActions")
    assert actions is not None and actions.accessibleName()
    return [
        painted(button.icon())
        for button in actions.findChildren(QToolButton)
        if button.isVisibleTo(actions)
    ]


def painted(icon: QIcon) -> bool:
    """Whether the icon draws anything at all."""
    image = icon.pixmap(16, 16).toImage()
    return any(image.pixelColor(x, y).alpha() for x in range(16) for y in range(16))


def test_actions_are_drawn_on_hover_and_on_keyboard_focus(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["A short answer."])
    reply = send(qtbot, tab, "Hello")
    widget = tab.transcript.widget_for(reply.id)
    assert drawn(widget) == [False, False, False]  # calm while nobody points at it
    assert all(
        button.accessibleName() and button.toolTip()
        for button in (widget.copy_button, widget.regenerate_button, widget.delete_button)
    )
    qtbot.mouseMove(widget, widget.rect().center())
    qtbot.waitUntil(lambda: drawn(widget) == [True, True, True], timeout=3000)
    qtbot.mouseMove(tab.composer, QPoint(5, 5))
    qtbot.waitUntil(lambda: drawn(widget) == [False, False, False], timeout=3000)
    widget.copy_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: drawn(widget) == [True, True, True], timeout=3000)


def test_copy_says_it_copied(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["Copy ", "me."])
    reply = send(qtbot, tab, "Hello")
    widget = tab.transcript.widget_for(reply.id)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(widget.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Copy me."
    assert widget.copy_button.toolTip() == "Copied"
    assert painted(widget.copy_button.icon())  # the tick shows, hovered or not
    qtbot.waitUntil(lambda: widget.copy_button.toolTip() != "Copied", timeout=5000)
