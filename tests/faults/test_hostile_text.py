"""Text from a server, a model or a file name is shown as the characters it is, never as HTML.

Qt reads ``<img src=PATH>`` in rich text on the GUI thread; a FIFO there never answers, so a
label, tooltip or message box that took such a text for HTML froze the window for good. Each
test offers a real FIFO as the image. A watcher process (it needs no GIL, which the blocked GUI
thread may hold) opens the FIFO for writing whenever something opened it for reading: that
releases the blocked reader, so a regression fails the test instead of hanging it, and the
watcher's mark proves the FIFO was opened.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QListView, QToolTip, QWidget

from desktop.app import create_main_window
from desktop.storage.records import AttachmentInfo, NewAttachment
from desktop.ui.chat.attachments import PendingImages, ThumbnailRow, attachment_from_image
from desktop.ui.chat.sidebar import SUBTITLE_ROLE
from desktop.ui.common.plain import plain_line, plain_tooltip
from tests.fake_ollama import FakeOllama, Reply

WATCHER = r"""
import os, sys, time
fifo, mark = sys.argv[1:]
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # succeeds only while a reader waits
    except OSError:
        time.sleep(0.002)
        continue
    with open(mark, "a") as out:
        out.write("opened\n")
    os.close(fd)  # the reader gets end-of-file and goes on
"""


class FifoTrap:
    """A named pipe offered as an image: ``html`` names it, ``opened()`` tells if Qt read it."""

    def __init__(self, folder: Path) -> None:
        self.fifo = folder / "trap.fifo"
        self.mark = folder / "trap.opened"
        os.mkfifo(self.fifo)
        # Relative, so the same text also works where "/" means something (model names).
        self.html = '<img src="trap.fifo">'
        self.watcher = subprocess.Popen(
            [sys.executable, "-c", WATCHER, str(self.fifo), str(self.mark)]
        )

    def opened(self) -> bool:
        return self.mark.exists()

    def close(self) -> None:
        self.watcher.kill()
        self.watcher.wait()


@pytest.fixture
def trap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FifoTrap]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are a POSIX feature")
    monkeypatch.chdir(tmp_path)  # Qt resolves the relative image path against this folder
    fifo = FifoTrap(tmp_path)
    try:
        yield fifo
    finally:
        fifo.close()


def open_window(qtbot, data_dir: Path, server: str):
    window = create_main_window(["--server", server, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    return window


def hover(widget: QWidget, at: QPoint | None = None) -> str:
    """Ask ``widget`` for its tooltip the way Qt does when the mouse rests; what it shows."""
    point = at if at is not None else widget.rect().center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    shown = QToolTip.text()
    QToolTip.hideText()
    return shown


def as_read(tooltip: str) -> str:
    """The text a reader sees in a tooltip (Qt renders it as rich text exactly when it guesses
    so)."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tooltip):
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return document.toPlainText()


def hover_row(view: QAbstractItemView, text: str) -> str:
    """The tooltip of the first cell showing ``text``."""
    model = view.model()
    columns = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            if index.data() == text:
                view.scrollTo(index)
                return hover(view.viewport(), view.visualRect(index).center())
    raise AssertionError(f"no cell shows {text!r}")


def test_server_version_in_the_status_line_is_plain(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, trap: FifoTrap
) -> None:
    fake_ollama.version = trap.html
    window = open_window(qtbot, data_dir, fake_ollama.url)
    label = window.findChild(QLabel, "serverStatusText")
    expected = f"Connected to Ollama {trap.html} at {fake_ollama.url}"
    qtbot.waitUntil(lambda: label.text() == expected, timeout=5000)
    assert label.textFormat() == Qt.TextFormat.PlainText
    label.sizeHint()
    window.grab()  # lay out and paint everything once
    assert as_read(hover(label)) == expected
    box = window.show_about()
    box.grab()
    assert trap.html in box.text()
    box.close()
    assert not trap.opened()


def test_logprob_token_tooltip_is_plain(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, trap: FifoTrap
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    tab = window.generate_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.logprobs_box.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: tab.model_picker.currentText() == "smollm2:135m", timeout=5000)
    fake_ollama.reply = Reply(tokens=[trap.html, " done"])
    tab.logprobs_check.setChecked(True)
    tab.prompt.setPlainText("hi")
    task = tab.run()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10_000)
    tab.view_picker.setCurrentIndex(2)
    view = tab.logprob_view
    assert view.toPlainText() == trap.html + " done"
    cursor = view.textCursor()
    cursor.setPosition(3)
    point = view.cursorRect(cursor).center()
    global_point = QPointF(view.viewport().mapToGlobal(point))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        global_point,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), move)
    assert QToolTip.isVisible()
    shown = as_read(QToolTip.text())
    QToolTip.hideText()
    assert shown.startswith(f"“{trap.html}”")
    assert not trap.opened()


def test_attachment_name_tooltip_is_plain(qtbot, trap: FifoTrap) -> None:
    pending = PendingImages()
    qtbot.addWidget(pending)
    image = attachment_from_image(QWidget().grab().toImage())
    name = trap.html + ".png"
    pending.add([NewAttachment(image.data, image.mime_type, name)])
    pending.show()
    label = pending.findChild(QLabel, "pendingImage")
    assert as_read(hover(label)) == name
    stored = ThumbnailRow(lambda _id, deliver: deliver(image.data))
    qtbot.addWidget(stored)
    stored.set_attachments([AttachmentInfo(1, 1, image.mime_type, name)])
    stored.show()
    assert as_read(hover(stored.labels[0])) == name
    assert not trap.opened()


def test_hostile_model_name_in_models_and_chat(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, trap: FifoTrap
) -> None:
    fake_ollama.add_model(trap.html)
    name = trap.html + ":latest"
    window = open_window(qtbot, data_dir, fake_ollama.url)
    models = window.models_tab
    qtbot.waitUntil(lambda: models.installed_model.rowCount() == 2, timeout=5000)
    window.tabs.setCurrentWidget(models)
    view = models.findChild(QAbstractItemView, "modelsTable")
    assert as_read(hover_row(view, name)) == name
    assert models.select_model(name)
    title = models.findChild(QLabel, "modelDetailsTitle")
    qtbot.waitUntil(lambda: title.text() == name, timeout=5000)
    assert title.textFormat() == Qt.TextFormat.PlainText
    window.grab()
    chat = window.chat_tab
    window.tabs.setCurrentWidget(chat)
    qtbot.waitUntil(lambda: name in chat.model_picker.installed(), timeout=5000)
    chat.model_picker.choose(name)
    window.grab()
    assert chat.model_picker.current_model() == name
    assert not trap.opened()


def test_the_trap_springs_on_rich_text(qtbot, trap: FifoTrap) -> None:
    """The check above can fail: a label that takes the text for HTML opens the FIFO."""
    label = QLabel(f"Connected to Ollama {trap.html}")
    qtbot.addWidget(label)
    label.sizeHint()
    assert trap.opened()


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Invoice \u202egpj.exe", "Invoice gpj.exe"),
        ("a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069i", "abcdefghi"),
        ("two\nlines\r\tand\u2028more", "two lines and more"),
        ("مرحبا llama3.2:3b", "مرحبا llama3.2:3b"),
    ],
)
def test_plain_line_removes_reordering_controls(shown: str, expected: str) -> None:
    assert plain_line(shown) == expected


@pytest.mark.parametrize("text", ["R&D <b>bold</b>", "<img src='x'>", "&lt;", "a\n  b", "plain"])
def test_plain_tooltip_reads_as_the_text(qapp, text: str) -> None:
    assert as_read(plain_tooltip(text)) == text


def test_chat_titles_are_plain_and_keep_their_order(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, trap: FifoTrap
) -> None:
    """An imported or model-written title: no markup, no reordering ("Invoice ‮gpj.exe")."""
    window = open_window(qtbot, data_dir, fake_ollama.url)
    chat = window.chat_tab
    store = chat.store
    spoofed = store.conversations.create(model="smollm2:135m", title="Invoice \u202egpj.exe")
    hostile = store.conversations.create(model=f"\u202e{trap.html}", title=trap.html)
    listed = chat.refresh_conversations()  # read in the background
    qtbot.waitUntil(listed.done, timeout=5000)
    listing = chat.sidebar.list
    rows = listing.model()
    titles = [rows.index(row, 0).data() for row in range(rows.rowCount())]
    assert "Invoice gpj.exe" in titles and trap.html in titles
    assert all("\u202e" not in str(rows.index(row, 0).data(SUBTITLE_ROLE)) for row in range(2))

    qtbot.waitUntil(chat.open_conversation(spoofed.id).done, timeout=5000)
    assert chat.title_label.full_text == "Invoice gpj.exe"
    qtbot.waitUntil(chat.open_conversation(hostile.id).done, timeout=5000)
    assert chat.title_label.full_text == trap.html
    assert as_read(hover(chat.title_label)) == trap.html
    assert as_read(hover_row(listing, trap.html)) == trap.html
    window.grab()
    box = chat.confirm_delete_conversation(hostile.id)
    assert box is not None
    box.grab()
    assert trap.html in box.text()
    box.close()
    assert not trap.opened()


def rich_readings(trap: FifoTrap) -> list[str]:
    """Every label and tooltip on screen that would read the trap as HTML."""
    found = []
    for widget in QApplication.allWidgets():
        where = f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}"
        label = isinstance(widget, QLabel) and trap.html in widget.text()
        if label and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{where}: {widget.text()!r}")
        if "trap.fifo" in widget.toolTip() and trap.html not in as_read(widget.toolTip()):
            found.append(f"{where} tooltip: {widget.toolTip()!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(widget, QListView) else model.columnCount(QModelIndex())
            for row in range(model.rowCount()):
                for column in range(columns):
                    tip = str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
                    if "trap.fifo" in tip and trap.html not in as_read(tip):
                        found.append(f"{where} row {row} tooltip: {tip!r}")
    return found


def test_nothing_on_screen_reads_server_text_as_html(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, trap: FifoTrap
) -> None:
    """The version, a model's name, its defaults and texts, everywhere the window shows them."""
    fake_ollama.version = trap.html
    fake_ollama.add_model(
        trap.html,
        capabilities=("completion", "thinking"),
        system=trap.html,
        license=trap.html,
        parameters={"stop": [trap.html], "temperature": 0.3},
    )
    name = trap.html + ":latest"
    window = open_window(qtbot, data_dir, fake_ollama.url)
    models = window.models_tab
    qtbot.waitUntil(lambda: models.installed_model.rowCount() == 2, timeout=5000)
    window.tabs.setCurrentWidget(models)
    assert models.select_model(name)
    details = models.findChild(QWidget, "modelDetails")
    qtbot.waitUntil(lambda: details.license_text.toPlainText() == trap.html, timeout=5000)

    generate = window.generate_tab
    window.tabs.setCurrentWidget(generate)
    qtbot.waitUntil(lambda: generate.model_picker.findText(name) >= 0, timeout=5000)
    generate.model_picker.setCurrentText(name)
    qtbot.waitUntil(lambda: name in generate.capabilities, timeout=5000)

    chat = window.chat_tab
    window.tabs.setCurrentWidget(chat)
    qtbot.waitUntil(lambda: name in chat.model_picker.installed(), timeout=5000)
    chat.new_chat(name)
    qtbot.waitUntil(lambda: chat.facts.known(name) is not None, timeout=5000)
    options = chat.open_options()
    assert options is not None
    about = window.show_about()
    for shown in (window, options, about):
        shown.grab()
    found = rich_readings(trap)
    options.close()
    about.close()
    assert found == []
    assert not trap.opened()


def test_model_names_are_shown_without_reordering_controls(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
) -> None:
    """A name with U+202E shows its real order; the exact name is still what is sent."""
    fake_ollama.add_model("mistral\u202egpj.exe")
    name = "mistral\u202egpj.exe:latest"
    window = open_window(qtbot, data_dir, fake_ollama.url)
    models = window.models_tab
    qtbot.waitUntil(lambda: models.installed_model.rowCount() == 2, timeout=5000)
    table = models.findChild(QAbstractItemView, "modelsTable").model()
    shown = {table.index(row, 0).data() for row in range(table.rowCount())}
    assert shown == {"smollm2:135m", "mistralgpj.exe:latest"}
    chat = window.chat_tab
    qtbot.waitUntil(lambda: name in chat.model_picker.installed(), timeout=5000)
    chat.new_chat(name)
    assert chat.model_picker.current_model() == name
    assert chat.model_picker.currentText() == "mistralgpj.exe:latest"
    subtitles = [
        str(chat.sidebar.list.model().index(row, 0).data(SUBTITLE_ROLE))
        for row in range(chat.sidebar.list.model().rowCount())
    ]
    assert subtitles and not any("\u202e" in subtitle for subtitle in subtitles)
