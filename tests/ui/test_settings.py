"""Settings apply at once and survive a restart; shortcuts are listed; the window remembers."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from desktop import settings as options
from desktop.app import create_main_window
from desktop.settings import Settings
from tests.fake_ollama import FakeOllama


def open_window(qtbot, data_dir, url):
    window = create_main_window(["--server", url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    return window


def test_theme_applies_live_and_is_remembered(qtbot, qloop, data_dir, fake_ollama: FakeOllama):
    window = open_window(qtbot, data_dir, fake_ollama.url)
    dialog = window.show_settings()
    assert dialog.objectName() == "settingsDialog" and dialog.isVisible()
    system = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 80)
    assert window.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    assert "theme=dark" in (data_dir / "settings.ini").read_text()
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() > 200)
    window.close()
    again = open_window(qtbot, data_dir, fake_ollama.url)
    assert again.settings.get(options.THEME) == "light"
    qtbot.waitUntil(lambda: again.palette().color(QPalette.ColorRole.Window).lightness() > 200)
    again.settings.set(options.THEME, "system")
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == system


def test_every_setting_is_stored_typed(qtbot, qloop, data_dir, fake_ollama: FakeOllama):
    window = open_window(qtbot, data_dir, fake_ollama.url)
    dialog = window.show_settings()
    dialog.font_size.setValue(14)
    assert QGuiApplication.font().pointSize() == 14
    dialog.send_key.setCurrentIndex(1)
    dialog.notifications.setChecked(False)
    assert not dialog.technical.isChecked()  # plain words by default
    dialog.technical.setChecked(True)
    assert dialog.check_updates.isChecked()  # on by default: checks only, never downloads
    dialog.check_updates.setChecked(False)
    dialog.downloads.setValue(3)
    dialog.default_model.setText("qwen3:8b")
    dialog.default_model.editingFinished.emit()
    dialog.keep_alive.setText("-1")
    dialog.keep_alive.editingFinished.emit()
    reread = Settings(data_dir, portable=True)
    assert reread.get(options.FONT_SIZE) == 14
    assert reread.get(options.SEND_WITH_CTRL_ENTER) is True
    assert reread.get(options.NOTIFICATIONS) is False
    assert reread.get(options.TECHNICAL_DETAILS) is True
    assert reread.get(options.CHECK_MODEL_UPDATES) is False
    assert reread.get(options.CONCURRENT_DOWNLOADS) == 3
    assert reread.get(options.DEFAULT_MODEL) == "qwen3:8b"
    assert reread.get(options.DEFAULT_KEEP_ALIVE) == "-1"
    dialog.font_size.setValue(0)


def _changed(option: options.Option) -> object:
    """A value other than the option's default, of the same type."""
    default = option.default
    if isinstance(default, bool):
        return not default
    if isinstance(default, int):
        return default + 7
    if isinstance(default, bytes):
        return default + b"\x01saved"
    return f"{default}saved"


READ_IN_A_NEW_PROCESS = """
import sys
from pathlib import Path
from desktop import settings as options
stored = options.Settings(Path(sys.argv[1]), portable=True)
for name in sys.argv[2:]:
    print(name, repr(stored.get(getattr(options, name))))
"""


def test_every_option_reads_back_in_the_next_process(data_dir) -> None:
    """QSettings answers from a per-process cache: only a new process reads the file itself."""
    every = {
        name: option for name, option in vars(options).items() if isinstance(option, options.Option)
    }
    written = Settings(data_dir, portable=True)
    for option in every.values():
        written.set(option, _changed(option))
    result = subprocess.run(
        [sys.executable, "-c", READ_IN_A_NEW_PROCESS, str(data_dir), *every],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    read = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert read == {name: repr(_changed(option)) for name, option in every.items()}


def test_a_key_kept_under_its_former_name_is_still_read(data_dir) -> None:
    stored = Settings(data_dir, portable=True)
    stored.store.setValue("general/first_run_done", True)
    assert stored.get(options.FIRST_RUN_DONE) is True
    stored.set(options.FIRST_RUN_DONE, False)
    assert stored.get(options.FIRST_RUN_DONE) is False


def test_ctrl_comma_opens_settings_and_f1_lists_shortcuts(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
):
    window = open_window(qtbot, data_dir, fake_ollama.url)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    keys = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+,", "Ctrl+Q", "Esc", "Ctrl+1", "Ctrl+Enter"} <= keys
    assert dialog.objectName() == "shortcutsDialog"


def test_window_size_is_remembered(qtbot, qloop, data_dir, fake_ollama: FakeOllama):
    window = open_window(qtbot, data_dir, fake_ollama.url)
    window.resize(760, 530)
    window.close()
    again = open_window(qtbot, data_dir, fake_ollama.url)
    assert (again.width(), again.height()) == (760, 530)


def test_back_up_all_chats_then_restore_them(qtbot, qloop, data_dir, fake_ollama, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from tests.fake_ollama import Reply

    window = open_window(qtbot, data_dir, fake_ollama.url)
    chat = window.chat_tab
    qtbot.waitUntil(lambda: chat.model_picker.count() > 0, timeout=5000)
    fake_ollama.reply = Reply(tokens=["Kept safe."])
    task = chat.send("Remember this", [])
    qtbot.waitUntil(task.done, timeout=5000)
    kept = chat.conversation.id
    dialog = window.show_settings()
    target = tmp_path / "chats.paddock-backup"
    dialog.backup_requested.emit(target)
    qtbot.waitUntil(lambda: "saved" in dialog.backup_status.text(), timeout=5000)
    assert target.exists() and dialog.backup_button.isEnabled()

    deleting = chat.delete_conversation(kept)
    qtbot.waitUntil(deleting.done, timeout=5000)
    assert chat.store.conversations.get(kept) is None
    box = dialog.confirm_restore(target)
    qtbot.mouseClick(box.findChild(QPushButton, "restoreConfirmButton"), Qt.MouseButton.LeftButton)
    assert not dialog.restore_button.isEnabled()  # busy until it is done
    qtbot.waitUntil(lambda: "restored" in dialog.backup_status.text(), timeout=5000)
    qtbot.waitUntil(lambda: chat.conversation is not None, timeout=5000)
    restored = chat.store.conversations.get(kept)
    assert restored is not None
    assert [m.content for m in chat.store.messages.visible_path(kept)] == [
        "Remember this",
        "Kept safe.",
    ]

    (tmp_path / "bad.paddock-backup").write_bytes(b"<html>proxy error</html>")
    dialog.restore_requested.emit(tmp_path / "bad.paddock-backup")
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=5000)
    assert "restored" not in dialog.backup_status.text()
    assert "not a Paddock backup" in dialog.backup_status.text()
    assert chat.store.conversations.get(kept) is not None


def test_new_chats_start_with_the_defaults_from_settings(qtbot, qloop, data_dir, fake_ollama):
    window = open_window(qtbot, data_dir, fake_ollama.url)
    window.settings.set(options.DEFAULT_KEEP_ALIVE, "-1")
    dialog = window.edit_new_chat_defaults()
    assert dialog.objectName() == "chatOptionsDialog"
    dialog.system_prompt.setPlainText("Answer briefly.")
    dialog.set_value("temperature", 0.3)
    dialog._save()
    chat = window.chat_tab
    qtbot.waitUntil(lambda: chat.model_picker.count() > 0, timeout=5000)
    task = chat.send("first", [])  # so that New chat makes a new one
    qtbot.waitUntil(task.done, timeout=5000)
    creating = chat.new_chat()
    qtbot.waitUntil(creating.done, timeout=5000)
    conversation = chat.conversation
    assert conversation.system_prompt == "Answer briefly."
    assert conversation.options == {"temperature": 0.3}
    assert conversation.keep_alive == -1


def test_keep_models_loaded_is_three_choices_unless_technical(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
):
    window = open_window(qtbot, data_dir, fake_ollama.url)
    dialog = window.show_settings()
    choice = dialog.findChild(object, "settingsKeepAliveChoice")
    assert choice.isVisible() and not dialog.keep_alive.isVisible()
    texts = [choice.itemText(i) for i in range(choice.count())]
    assert texts == [
        "Stay loaded for 5 minutes",
        "Stay loaded until Ollama stops",
        "Unload after each reply",
    ]
    choice.setCurrentIndex(2)
    choice.activated.emit(2)
    assert window.settings.get(options.DEFAULT_KEEP_ALIVE) == "0"
    dialog.technical.setChecked(True)
    assert dialog.keep_alive.isVisible() and not choice.isVisible()
    assert dialog.keep_alive.text() == "0"
    dialog.keep_alive.setText("30m")
    dialog.keep_alive.editingFinished.emit()
    dialog.technical.setChecked(False)
    assert choice.currentText() == "30m"  # a value set by hand stays visible
    assert window.settings.get(options.DEFAULT_KEEP_ALIVE) == "30m"
