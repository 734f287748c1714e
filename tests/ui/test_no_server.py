"""No server answers: the Chat and Models tabs say so plainly instead of failing quietly."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt

from desktop.app import create_main_window
from tests.fake_ollama import FakeOllama


def test_without_a_server_send_and_download_are_off_and_say_why(
    qtbot, qloop, data_dir, refused_url
) -> None:
    window = create_main_window(["--server", refused_url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.server_status.status.state == "unreachable", timeout=5000)
    chat, models = window.chat_tab, window.models_tab

    chat.composer.set_text("Hello there")
    send = chat.composer.send_button
    assert not send.isEnabled()
    assert "Can't reach Ollama" in send.toolTip() and "kept" in send.toolTip()
    qtbot.keyClick(chat.composer.input, Qt.Key.Key_Return)
    assert chat.notice.isVisible() and "Can't reach Ollama" in chat.notice.text()
    assert chat.composer.text == "Hello there"  # kept for later

    assert chat.send("Hello there", []) is None  # a chat without a model, from elsewhere
    assert "can't be reached" in chat.notice.text()
    assert "No models are installed" not in chat.notice.text()
    assert not chat.no_models.isVisible()

    assert not models.pull_input.isEnabled() and not models.pull_button.isEnabled()
    assert "can't be reached" in models.pull_button.toolTip()

    server = FakeOllama()  # Ollama starts at that address: everything works again
    server.start(urlsplit(refused_url).port)
    try:
        window.server_status.retry()
        qtbot.waitUntil(lambda: window.server_status.status.connected, timeout=5000)
        qtbot.waitUntil(send.isEnabled, timeout=5000)
        assert models.pull_input.isEnabled() and models.pull_button.isEnabled()
        assert "can't be reached" not in models.pull_button.toolTip()
        window.close()
    finally:
        server.stop()
