"""The main window end to end: tabs, names, shortcuts, server status, problems."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from desktop.app import create_main_window
from tests.fake_ollama import FakeOllama

CONTRACT = ["mainWindow", "mainTabs", "chatTab", "modelsTab", "generateTab", "serverStatus"]


def open_window(qtbot, data_dir, server: str):
    window = create_main_window(["--server", server, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    return window


def status_text(window) -> str:
    return window.findChild(QLabel, "serverStatusText").text()


def visit_every_tab(window) -> None:
    """Show each tab once, as a user would: a tab not needed at start is built on first use."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.tabs.setCurrentIndex(0)


def test_tabs_and_accessibility_names(qtbot, qloop, data_dir, fake_ollama: FakeOllama) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    visit_every_tab(window)
    assert window.objectName() == "mainWindow"
    for name in CONTRACT[1:]:
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert window.accessibleName()
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Chat", "Models", "Generate"]
    assert window.windowTitle() == "Paddock"


def test_ctrl_number_switches_tabs(qtbot, qloop, data_dir, fake_ollama: FakeOllama) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    window.activateWindow()
    qtbot.waitActive(window)
    tabs = window.findChild(QTabWidget, "mainTabs")
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget().objectName() == "modelsTab"
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget().objectName() == "generateTab"
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget().objectName() == "chatTab"


def test_status_says_connected_with_version_and_url(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
) -> None:
    fake_ollama.version = "0.24.0"
    window = open_window(qtbot, data_dir, fake_ollama.url)
    expected = f"Connected to Ollama 0.24.0 at {fake_ollama.url}"
    qtbot.waitUntil(lambda: status_text(window) == expected, timeout=5000)
    assert f"Server: Ollama 0.24.0 at {fake_ollama.url}" in window.about_text()


def test_no_server_then_retry_finds_it(qtbot, qloop, data_dir, refused_url) -> None:
    url = refused_url
    window = open_window(qtbot, data_dir, url)
    qtbot.waitUntil(lambda: status_text(window).startswith(f"Can't reach Ollama at {url}"))
    assert "nothing is answering" in status_text(window)
    retry = window.findChild(object, "serverRetryButton")
    assert retry.isVisible()
    port = int(url.rsplit(":", 1)[1])
    server = FakeOllama()
    server.start(port)
    try:
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: status_text(window).startswith("Connected to Ollama 0.32.15"))
        assert not retry.isVisible()
    finally:
        server.stop()


@pytest.mark.logs_error  # the failing task's traceback goes to the log, by design
def test_a_failing_task_shows_plain_words_and_logs_the_traceback(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)

    async def broken() -> None:
        raise ValueError("internal detail nobody should see")

    window.context.tasks.run(broken())
    bar = window.message_bar
    qtbot.waitUntil(bar.isVisible)
    assert "Something unexpected went wrong" in bar.text
    assert "internal detail" not in bar.text
    assert "Traceback" not in bar.text
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (data_dir / "logs" / "paddock.log").read_text()
    assert "internal detail nobody should see" in log_text
    assert "Traceback" in log_text


def test_tabs_reach_each_other_through_the_window(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    tabs = window.findChild(QTabWidget, "mainTabs")
    window.chat_tab.download_requested.emit("llama3.2:1b")
    assert tabs.currentWidget() is window.models_tab
    window.models_tab.chat_requested.emit("smollm2:135m")
    assert tabs.currentWidget() is window.chat_tab
    window.chat_tab.open_models_requested.emit()
    assert tabs.currentWidget() is window.models_tab


def test_ctrl_n_and_ctrl_f_go_to_the_chat_tab(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    window.activateWindow()
    qtbot.waitActive(window)
    calls: list[str] = []
    window.chat_tab.new_chat = lambda: calls.append("new")
    window.chat_tab.focus_search = lambda: calls.append("search")
    window.tabs.setCurrentWidget(window.generate_tab)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.chat_tab
    window.tabs.setCurrentWidget(window.generate_tab)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.chat_tab
    assert calls == ["new", "search"]
    window.models_tab.focus_search = lambda: calls.append("filter models")
    window.tabs.setCurrentWidget(window.models_tab)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.models_tab
    assert calls == ["new", "search", "filter models"]


def test_splitter_positions_are_remembered(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    window.resize(760, 560)  # within the offscreen screen, so the geometry comes back as is
    splitter = window.chat_tab.splitter
    qtbot.waitUntil(lambda: splitter.width() > 700)
    splitter.setSizes([320, splitter.width() - 320])
    chosen = splitter.sizes()
    window.close()
    again = open_window(qtbot, data_dir, fake_ollama.url)
    splitter = again.chat_tab.splitter
    qtbot.waitUntil(lambda: splitter.width() > 0)
    assert abs(splitter.sizes()[0] - chosen[0]) <= 2, (splitter.sizes(), chosen)


def test_a_reply_finishing_in_the_background_notifies(qtbot, qloop, data_dir, fake_ollama) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop import settings as options

    window = open_window(qtbot, data_dir, fake_ollama.url)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    window.chat_tab.reply_finished.emit("Trip to Lisbon", "Day one: walk the Alfama. " * 10)
    assert len(window.notifier.sent) == 1
    title, text = window.notifier.sent[0]
    assert title == "Reply finished: Trip to Lisbon" and text.endswith("…")
    window.settings.set(options.NOTIFICATIONS, False)
    window.chat_tab.reply_finished.emit("Trip to Lisbon", "again")
    assert len(window.notifier.sent) == 1


def _inside_a_compound_widget(widget) -> bool:
    """Parts Qt builds inside another control (a combo's list, a spin box's editor, a line
    edit's clear button, a table's header): the control itself carries the name."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QScrollBar,
        QTabBar,
    )

    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QScrollBar | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_has_an_accessible_name(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QApplication,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSlider,
        QTextEdit,
        QWidget,
    )

    from tests.fake_ollama import Reply

    fake_ollama.add_model("llava:7b", capabilities=("completion", "vision"))
    window = open_window(qtbot, data_dir, fake_ollama.url)
    chat = window.chat_tab
    qtbot.waitUntil(lambda: chat.model_picker.count() > 0, timeout=5000)
    fake_ollama.reply = Reply(tokens=["A reply with ", "`code`."])
    task = chat.send("Hello", [])
    qtbot.waitUntil(task.done, timeout=5000)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # tabs build some parts when first shown
        QApplication.processEvents()
    interactive = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
                   QAbstractSpinBox, QAbstractItemView, QSlider)  # fmt: skip
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r} in {widget.parentWidget().objectName()!r}"
        for widget in window.findChildren(QWidget)
        if isinstance(widget, interactive)
        and not _inside_a_compound_widget(widget)
        and not widget.accessibleName()
    ]
    assert unnamed == []
    assert len(chat.transcript.visible_widgets()) == 2  # message buttons were checked too


def test_tab_order_in_the_chat_reads_left_to_right_top_to_bottom(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    qtbot.waitUntil(lambda: window.chat_tab.model_picker.count() > 0, timeout=5000)
    window.chat_tab.composer.set_text("ready to send")
    start = window.tabs.tabBar()
    widget, order = start, []
    for _ in range(5000):  # the chain holds the other tabs' hidden widgets too
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus:
            order.append(widget.objectName())
    expected = ["newChatButton", "chatImportButton", "chatSearch", "conversationList",
                "chatModelPicker", "chatOptionsButton", "chatTranscript", "chatInput",
                "chatSendButton", "serverSwitcher"]  # fmt: skip
    assert [name for name in order if name in expected] == expected
