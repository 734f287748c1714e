"""Several servers: the switcher shows the active one; adding and switching keep chats."""

from __future__ import annotations

from desktop.app import create_main_window
from tests.fake_ollama import FakeOllama
from tests.services.test_servers import memory_keyring  # noqa: F401 - fixture


def test_add_and_switch_servers(qtbot, qloop, data_dir, fake_ollama, monkeypatch, memory_keyring):  # noqa: F811
    monkeypatch.setenv("OLLAMA_HOST", fake_ollama.url)
    fake_ollama.version = "0.24.0"
    window = create_main_window(["--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    switcher = window.findChild(object, "serverSwitcher")
    assert switcher.currentText() == f"This computer — {fake_ollama.url}"
    qtbot.waitUntil(lambda: window.status_widget.text.startswith("Connected to Ollama 0.24.0"))

    with FakeOllama(version="0.32.15") as second:
        dialog = window.add_server()
        assert dialog.objectName() == "serverDialog"
        dialog.name.setText("GPU box")
        dialog.url.setText(second.url)
        dialog.api_key.setText("team-key")
        dialog.headers.setPlainText("X-Team: blue")
        dialog.accept()
        qtbot.waitUntil(
            lambda: window.status_widget.text == f"Connected to Ollama 0.32.15 at {second.url}"
        )
        assert switcher.currentText() == f"GPU box — {second.url}"
        headers = {k.lower(): v for k, v in second.requests[-1].headers.items()}
        assert headers["authorization"] == "Bearer team-key" and headers["x-team"] == "blue"
        assert "team-key" not in (data_dir / "settings.ini").read_text()
        assert window.context.ollama.base_url == second.url

        first_id = window.profiles.all()[0].id
        window.switch_server(first_id)
        qtbot.waitUntil(lambda: window.status_widget.text.startswith("Connected to Ollama 0.24.0"))
        assert switcher.currentText() == f"This computer — {fake_ollama.url}"
    # Reading the first key, storing the new one, reading it to switch: none on the GUI thread.
    assert memory_keyring.calls_on_the_runner()

    window.close()
    again = create_main_window(["--data-dir", str(data_dir)])
    qtbot.addWidget(again)
    names = [again.server_switcher.itemText(i) for i in range(again.server_switcher.count())]
    assert any(name.startswith("GPU box") for name in names)
    assert names[-1] == "Add a server…"


def test_a_bad_header_line_is_explained(qtbot, qloop, data_dir, fake_ollama):
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    assert window.server_switcher.currentText() == f"Command line: {fake_ollama.url}"
    dialog = window.add_server()
    dialog.url.setText("example.com")
    dialog.headers.setPlainText("no colon here")
    dialog._accept_if_valid()
    assert "Line 1" in dialog.problem.text()
    assert dialog.isVisible()
