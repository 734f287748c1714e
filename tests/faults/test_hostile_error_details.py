"""Server text inside an error is shown as the characters it is: the message bar and the
"Show details" dialog never read it as HTML (an ``<img>`` naming a FIFO would freeze the window).

The error comes from the test server over real HTTP (a refusal whose text is the server's own),
reaches the window the way every failed background task does, and the details are opened with
the bar's button.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.fake_ollama import FakeOllama
from tests.faults.test_hostile_text import FifoTrap, open_window, trap  # noqa: F401


@pytest.mark.logs_error  # a failed background task is logged as an error, by design
def test_server_text_in_an_error_and_its_details_is_plain(
    qtbot: Any,
    qloop: Any,
    data_dir: Path,
    fake_ollama: FakeOllama,
    trap: FifoTrap,  # noqa: F811
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    body = json.dumps({"error": f"forbidden by {trap.html}"}).encode()
    fake_ollama.override("/api/show", status=403, body=body, content_type="application/json")
    task = window.context.tasks.run(window.context.ollama.show("smollm2:135m"))
    bar = window.message_bar
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert task.done()
    assert trap.html in bar.text
    button = bar.details_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = bar.details_dialog
    assert dialog is not None and dialog.isVisible()
    assert trap.html in dialog.detail.toPlainText()
    window.grab()
    dialog.grab()
    rich = [
        label.objectName()
        for label in QApplication.allWidgets()
        if isinstance(label, QLabel)
        and trap.html in label.text()
        and label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []
    shown = [label for label in dialog.findChildren(QLabel) if trap.html in label.text()]
    assert shown  # the message itself is in the dialog, as text
    dialog.close()
    assert not trap.opened()
