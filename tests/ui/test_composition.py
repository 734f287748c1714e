"""One composition root: the window and its tabs share services they never build themselves."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from desktop.app import create_main_window
from desktop.ui.tab_protocol import MainTab
from tests.fake_ollama import FakeOllama


def open_window(qtbot: Any, data_dir: Any, url: str) -> Any:
    window = create_main_window(["--server", url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_tabs_use_the_services_of_the_context(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    context = window.context
    assert window.chat_tab.store is context.chat_store is not None
    assert window.chat_tab.installed_models is context.installed_models
    assert window.models_tab.queue is context.downloads
    assert window.models_tab.installed_source is context.installed_models
    assert window.generate_tab.installed is context.installed_models
    assert window.installed_models is context.installed_models
    assert window.server_status is context.server_status
    assert window.ollama_process is context.ollama_process
    assert window.settings is context.settings


def test_every_tab_keeps_the_tab_protocol(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    chat, models, generate = window.main_tabs  # the tabs built on first use come in a holder
    assert (chat.widget(), models.widget(), generate.widget()) == (
        window.chat_tab,
        window.models_tab,
        window.generate_tab,
    )
    for tab in (*window.main_tabs, window.models_tab, window.generate_tab):
        assert isinstance(tab, MainTab), type(tab).__name__


@pytest.mark.logs_error
def test_a_tab_without_the_protocol_fails_instead_of_doing_nothing(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)

    class Misspelt:
        def refresh_modles(self) -> None: ...

        def shutdown(self) -> None: ...

    assert not isinstance(Misspelt(), MainTab)
    window.main_tabs = (*window.main_tabs, Misspelt())
    task = window.switch_server(window.profiles.active.id)
    qtbot.waitUntil(task.done, timeout=5000)
    assert isinstance(task.exception(), AttributeError)  # reported and logged, not skipped
    window.main_tabs = window.main_tabs[:3]


def test_one_list_of_installed_models_for_every_tab(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    window.tabs.setCurrentWidget(window.generate_tab)
    qtbot.waitUntil(lambda: window.generate_tab.model_picker.count() == 1, timeout=5000)
    fake_ollama.add_model("qwen3:0.6b", capabilities=("completion",))
    window.models_tab.refresh_installed()
    qtbot.waitUntil(lambda: window.generate_tab.model_picker.findText("qwen3:0.6b") >= 0)
    qtbot.waitUntil(lambda: "qwen3:0.6b" in window.chat_tab.installed)
    assert window.models_tab.installed_model.row_of("qwen3:0.6b") >= 0


@pytest.mark.logs_error  # the damaged file is logged as an error, and the app goes on
def test_the_app_starts_when_the_chats_cannot_be_opened(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    (data_dir / "paddock.db").write_bytes(b"this is not a database, " * 100)
    window = open_window(qtbot, data_dir, fake_ollama.url)
    assert window.context.chat_store is None
    problem = window.chat_tab.findChild(QLabel, "chatStorageProblem")
    assert problem.isVisible()
    assert "couldn't be opened" in problem.text()
    assert not window.chat_tab.composer.isEnabled()
    window.close()
