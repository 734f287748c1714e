"""Model text in the chat is untrusted: nothing fetched or opened, HTML inert, links asked."""

from __future__ import annotations

import errno
import os
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send


def reply_widget(qtbot: Any, tab: Any, tokens: list[str]) -> Any:
    message = send(qtbot, tab, "Show me")
    widget = tab.transcript.widget_for(message.id)
    assert widget is not None
    widget.grab()  # paint: any resource loading would happen now
    return widget


def test_an_image_url_in_a_reply_is_never_fetched(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    image = f"{fake_ollama.url}/spy.png"
    fake_ollama.reply = Reply(tokens=[f"Look: ![cat]({image}) ", f"<img src='{image}'> done"])
    widget = reply_widget(qtbot, tab, [])
    assert not [r for r in fake_ollama.requests if "spy.png" in r.path]
    assert "done" in widget.body.plain_text()


def test_local_files_and_fifos_are_never_opened(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Any
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    fake_ollama.reply = Reply(
        tokens=[f"![a]({fifo}) ", "![b](/etc/passwd) ", "![c](file:///etc/passwd) end"]
    )
    widget = reply_widget(qtbot, tab, [])
    assert "root:" not in widget.body.plain_text()
    # Nobody has the FIFO open for reading (opening it to write without blocking says so).
    with pytest.raises(OSError) as raised:
        os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    assert raised.value.errno == errno.ENXIO
    # The window is still responsive: another reply goes through.
    fake_ollama.reply = Reply(tokens=["still here"])
    assert send(qtbot, tab, "again").content == "still here"


def test_raw_html_is_shown_as_text_and_cannot_hide_the_rest(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(
        tokens=["Before <b>bold?", " <style>*{color:red}</style> <!-- ", "\n\nAfter the end"]
    )
    widget = reply_widget(qtbot, tab, [])
    text = widget.body.plain_text()
    assert "<b>" in text and "<style>" in text and "<!--" in text
    assert text.rstrip().endswith("After the end")


def test_a_link_shows_the_real_address_and_asks_before_opening(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["[your bank](https://evil.example/login)"])
    widget = reply_widget(qtbot, tab, [])
    opened: list[str] = []
    tab.guard.opener = lambda url: opened.append(url.toString())
    view = widget.body.text_views()[0]
    view.follow_link(QUrl("https://evil.example/login"))
    dialog = tab.guard.dialog
    assert dialog is not None and dialog.isVisible()
    assert "https://evil.example/login" in dialog.informativeText()
    assert opened == []
    dialog.button(QMessageBox.StandardButton.Open).click()
    assert opened == ["https://evil.example/login"]
    for address in ("file:///etc/passwd", "javascript:alert(1)"):
        view.follow_link(QUrl(address))
        refused = tab.guard.dialog
        assert refused is not None and refused.objectName() == "linkRefusedDialog"
        refused.close()
    assert opened == ["https://evil.example/login"]
