"""Several servers: the switcher shows the active one; adding and switching keep chats."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QToolButton

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
    assert switcher.currentText() == "This computer"
    assert fake_ollama.url in switcher.toolTip()
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
        assert switcher.currentText() == "GPU box"
        assert second.url in switcher.toolTip()
        headers = {k.lower(): v for k, v in second.requests[-1].headers.items()}
        assert headers["authorization"] == "Bearer team-key" and headers["x-team"] == "blue"
        assert "team-key" not in (data_dir / "settings.ini").read_text()
        assert window.context.ollama.base_url == second.url

        first_id = window.profiles.all()[0].id
        window.switch_server(first_id)
        qtbot.waitUntil(lambda: window.status_widget.text.startswith("Connected to Ollama 0.24.0"))
        assert switcher.currentText() == "This computer"
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
    switcher = window.server_switcher
    # The address given is the one saved as this computer's: listed once.
    assert [switcher.itemText(i) for i in range(switcher.count())] == [
        "This computer",
        "Add a server…",
    ]
    assert fake_ollama.url in switcher.toolTip()
    dialog = window.add_server()
    dialog.url.setText("example.com")
    dialog.headers.setPlainText("no colon here")
    dialog._accept_if_valid()
    assert "Line 1" in dialog.problem.text()
    assert dialog.isVisible()


def test_edit_rename_and_remove_saved_servers(
    qtbot,
    qloop,
    data_dir,
    fake_ollama,
    monkeypatch,
    memory_keyring,  # noqa: F811
):
    monkeypatch.setenv("OLLAMA_HOST", fake_ollama.url)
    window = create_main_window(["--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    switcher = window.server_switcher
    edit = window.findChild(QToolButton, "serverEditButton")
    remove = window.findChild(QToolButton, "serverRemoveButton")
    assert edit.isEnabled() and not remove.isEnabled()  # the only server stays
    with FakeOllama() as second:
        dialog = window.add_server()
        dialog.url.setText(fake_ollama.url.replace("127.0.0.1", "localhost"))
        dialog._accept_if_valid()  # the same server under another spelling
        assert "“This computer” already uses this address" in dialog.problem.text()
        assert dialog.isVisible()
        dialog.name.setText("GPU box")
        dialog.url.setText(second.url)
        dialog.api_key.setText("team-key")
        dialog.accept()
        qtbot.waitUntil(lambda: switcher.currentText() == "GPU box")
        box_id = window.profiles.active.id
        assert remove.isEnabled()

        editing = window.edit_server()
        qtbot.waitUntil(editing.done)
        dialog = editing.result()
        assert dialog.api_key.text() == "team-key" and dialog.url.text() == second.url
        dialog.name.setText("Office")
        dialog.accept()
        qtbot.waitUntil(lambda: switcher.currentText() == "Office")
        assert [p.name for p in window.profiles.all()] == ["This computer", "Office"]
        assert memory_keyring.items[("Paddock", box_id)] == "team-key"

        memory_keyring.threads.clear()
        box = window.remove_server()
        assert "Office" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert len(window.profiles.all()) == 2
        box = window.remove_server()
        next(b for b in box.buttons() if b.text() == "Remove").click()
        qtbot.waitUntil(lambda: len(window.profiles.all()) == 1)
        qtbot.waitUntil(lambda: switcher.currentText() == "This computer")
        qtbot.waitUntil(lambda: window.context.ollama.base_url == fake_ollama.url)
        assert ("Paddock", box_id) not in memory_keyring.items
        assert memory_keyring.calls_on_the_runner()  # the key was deleted off the GUI thread
        assert not remove.isEnabled()
    window.close()


def test_an_address_from_the_command_line_gets_a_plain_name(
    qtbot, qloop, data_dir, fake_ollama, monkeypatch
):
    monkeypatch.setenv("OLLAMA_HOST", fake_ollama.url)
    first = create_main_window(["--data-dir", str(data_dir)])  # saves this computer's server
    qtbot.addWidget(first)
    first.close()
    window = create_main_window(["--server", "gpu-box.invalid", "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    switcher = window.server_switcher
    assert [switcher.itemText(i) for i in range(switcher.count())] == [
        "gpu-box.invalid",
        "This computer",
        "Add a server…",
    ]
    assert switcher.currentText() == "gpu-box.invalid"
    assert "http://gpu-box.invalid:11434" in switcher.toolTip()
    edit = window.findChild(QToolButton, "serverEditButton")
    assert not edit.isEnabled() and "isn't saved" in edit.toolTip()
    window.close()
