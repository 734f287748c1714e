"""Start-up: the window shows first; the tabs come right after, or when needed.

No tab is built with the window. The Chat tab is built as soon as the window has been painted
once; the others are placeholders until the user switches to them, code asks for them, or the
Chat tab is there; the API key of the active server is read after that first paint too, before
the first request.
"""

from __future__ import annotations

import asyncio
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from desktop import settings as options
from desktop.app import create_main_window, run_window
from desktop.services.secrets import SecretStore
from desktop.services.servers import ServerProfile, ServerProfiles
from desktop.settings import Settings, SettingsMapping
from desktop.ui.lazy_tab import FirstPaint
from desktop.ui.main_window import MainWindow
from desktop.ui.tab_protocol import MainTab
from tests.fake_ollama import FakeOllama

LATER_TABS = ("chatTab", "modelsTab", "generateTab")


def make_window(qtbot: Any, data_dir: Any, *argv: str) -> Any:
    window = create_main_window([*argv, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    return window


def built_names(window: Any) -> list[str]:
    return [name for name in LATER_TABS if window.findChild(QWidget, name) is not None]


def test_no_tab_is_built_with_the_window(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    assert built_names(window) == []
    assert [window.tabs.widget(i).objectName() for i in (0, 1, 2)] == [
        "chatTabPlaceholder",
        "modelsTabPlaceholder",
        "generateTabPlaceholder",
    ]
    assert window.tabs.currentIndex() == 0
    assert [window.tabs.tabText(i) for i in range(3)] == ["Chat", "Models", "Generate"]
    assert all(isinstance(tab, MainTab) for tab in window.main_tabs)


def test_switching_to_a_tab_builds_it_in_place(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    seen: list[str] = []
    window.tabs.currentChanged.connect(lambda i: seen.append(window.tabs.widget(i).objectName()))
    window.tabs.setCurrentIndex(1)
    assert seen == ["modelsTab"]  # listeners see the real tab, never the placeholder
    assert window.tabs.currentWidget() is window.lazy_models.built is window.models_tab
    assert window.tabs.count() == 3
    assert window.tabs.tabText(1) == "Models"
    assert window.tabs.tabToolTip(1) == "Download and manage models (Ctrl+2)"
    assert window.models_tab.accessibleName() == "Models"
    assert window.lazy_generate.built is None  # the other one still waits
    qtbot.waitUntil(lambda: window.models_tab.installed_model.row_of("smollm2:135m") >= 0)


def test_the_other_tabs_are_built_after_the_first_paint(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    window = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    built_when_painted: list[list[str]] = []
    window.first_painted.connect(lambda: built_names_when_painted(window, built_when_painted))
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
        assert built_names(window) == []  # showing alone builds nothing
    assert built_when_painted == [[]]  # the first paint came before any tab
    assert window.lazy_chat.built is not None  # the Chat tab at once after it
    assert window.tabs.currentWidget() is window.lazy_chat.built
    qtbot.waitUntil(lambda: window.lazy_chat.built.composer.input.hasFocus(), timeout=5000)
    qtbot.waitUntil(lambda: built_names(window) == list(LATER_TABS), timeout=5000)
    assert window.tabs.currentWidget() is window.chat_tab  # the others built in the background


def built_names_when_painted(window: Any, seen: list[list[str]]) -> None:
    seen.append(built_names(window))


def test_tabs_built_later_are_wired_to_the_window(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    refreshed: list[str] = []
    window.generate_tab.download_requested.emit("qwen3:0.6b")  # builds Models on the way
    assert window.tabs.currentWidget() is window.models_tab
    assert any(item.name == "qwen3:0.6b" for item in window.models_tab.queue.items)
    window.models_tab.refresh_running = lambda: refreshed.append("running")
    window.chat_tab.generation_finished.emit()
    window.generate_tab.generation_finished.emit()
    assert refreshed == ["running", "running"]
    window.models_tab.chat_requested.emit("smollm2:135m")
    assert window.tabs.currentWidget() is window.chat_tab


def test_a_finished_chat_reply_does_not_build_the_models_tab(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    window = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    window.chat_tab.generation_finished.emit()
    window.search_chats()  # Ctrl+F asks which tab shows, without building one
    assert window.lazy_models.built is None


def test_a_server_switch_reloads_only_the_built_tabs(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = make_window(qtbot, data_dir)
    task = window.switch_server(window.profiles.active.id)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.exception() is None
    assert window.lazy_models.built is None and window.lazy_generate.built is None


def test_closing_before_the_tabs_are_built_shuts_down_cleanly(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    window = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    with qtbot.waitSignal(window.closed, timeout=5000):
        window.close()
    window.build_remaining_tabs()  # a late timer after closing: nothing is built
    assert window.lazy_models.built is None and window.lazy_generate.built is None
    assert window.context.operations.closed


def test_a_tab_asked_for_after_closing_starts_no_work(qtbot, qloop, data_dir, fake_ollama) -> None:
    window = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    window.close()
    models = window.models_tab  # e.g. a late signal asks for it
    assert models.objectName() == "modelsTab"
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))  # after the tab's own first-load timer
    qtbot.waitUntil(lambda: bool(turned))
    assert fake_ollama.requests == []  # it did not load its lists from the server


def test_a_tab_built_later_gets_its_saved_splitter_position(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    first = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    first.resize(900, 700)
    first.show()
    first.tabs.setCurrentIndex(1)
    splitter = first.models_tab.findChild(QSplitter, "modelsDownloadsSplitter")
    splitter.setSizes([150, 350])
    first.close()
    saved = first.settings.get(options.splitter_option("modelsDownloadsSplitter"))
    assert saved
    second = make_window(qtbot, data_dir, "--server", fake_ollama.url)
    built = second.models_tab.findChild(QSplitter, "modelsDownloadsSplitter")
    assert built.saveState() == saved


def memory_backend(*, broken: bool = False) -> KeyringBackend:
    """A keyring in a dict (or one that fails every read). Defined only once the real keyring
    is loaded: keyring picks its default among every backend class that exists by then."""

    class MemoryKeyring(KeyringBackend):
        priority = 10  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def get_password(self, service: str, username: str) -> str | None:
            if broken:
                raise RuntimeError("the keyring daemon crashed")
            return self.items.get((service, username))

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    return MemoryKeyring()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(memory_backend())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def broken_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(memory_backend(broken=True))
    yield
    keyring.set_keyring(previous)


def test_the_api_key_read_after_the_first_paint_goes_with_the_first_request(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, memory_keyring
) -> None:
    settings = Settings(data_dir, portable=True)
    profiles = ServerProfiles(SettingsMapping(settings), SecretStore(), fake_ollama.url)
    profiles.secrets.set(profiles.active.id, "team-key")
    window = make_window(qtbot, data_dir)
    assert not window.context.ollama.made  # nothing has talked to the server yet
    window.show()
    qtbot.waitUntil(lambda: window.server_status.status.connected, timeout=5000)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.models_tab.installed_model.row_of("smollm2:135m") >= 0)
    assert fake_ollama.requests
    assert all(
        request.headers.get("Authorization") == "Bearer team-key"
        for request in fake_ollama.requests
    )


@pytest.mark.logs_error  # the failed read is reported and logged
def test_when_the_key_cannot_be_read_the_server_checks_start_anyway(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, broken_keyring
) -> None:
    settings = Settings(data_dir, portable=True)
    ServerProfiles(SettingsMapping(settings), SecretStore(), fake_ollama.url)
    window = make_window(qtbot, data_dir)
    window.show()
    qtbot.waitUntil(lambda: window.server_status.status.connected, timeout=5000)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)  # and says so


def test_a_server_chosen_before_the_key_was_read_stays_chosen(
    qtbot, qloop, arun, data_dir, fake_ollama: FakeOllama, memory_keyring
) -> None:
    other = FakeOllama(version="0.40.0")
    other.start()
    try:
        settings = Settings(data_dir, portable=True)
        profiles = ServerProfiles(SettingsMapping(settings), SecretStore(), fake_ollama.url)
        arun(profiles.add(ServerProfile(name="Other", url=other.url, id="other")))
        window = make_window(qtbot, data_dir)
        switching = window.switch_server("other")  # before the window was ever drawn
        qtbot.waitUntil(switching.done, timeout=5000)
        window.show()
        # the tabs are built once the start-up connection is done (or known to be unneeded)
        qtbot.waitUntil(lambda: built_names(window) == list(LATER_TABS), timeout=5000)
        qtbot.waitUntil(lambda: window.server_status.status.connected, timeout=5000)
        assert window.context.ollama.base_url == other.url
        assert window.server_status.status.version == "0.40.0"
        window.close()
    finally:
        other.stop()


def test_the_first_run_guide_opens_once_the_window_is_drawn(
    qtbot, qloop, data_dir, fake_ollama, monkeypatch
) -> None:
    opened: list[tuple[Any, bool]] = []
    start_onboarding = MainWindow.start_onboarding

    def record(window: MainWindow) -> Any:
        opened.append((window, window._first_paint.painted))
        return start_onboarding(window)

    monkeypatch.setattr(MainWindow, "start_onboarding", record)
    running = asyncio.ensure_future(
        run_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    )
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    window, painted = opened[0]
    assert painted  # the window was drawn first; the guide comes over it
    qtbot.waitUntil(lambda: window.onboarding is not None and window.onboarding.isVisible())
    window.close()
    qtbot.waitUntil(running.done, timeout=5000)
    assert running.result() == 0


def test_a_window_shown_but_never_drawn_still_gets_its_start_up_work(qtbot) -> None:
    widget = QWidget()
    widget.setUpdatesEnabled(False)  # shown, but not drawn (like a minimised window)
    qtbot.addWidget(widget)
    calls: list[str] = []
    first_paint = FirstPaint(widget, lambda: calls.append("started"), fallback_ms=50)
    widget.show()
    qtbot.waitUntil(lambda: calls == ["started"], timeout=5000)
    assert not first_paint.painted
    widget.setUpdatesEnabled(True)
    widget.repaint()  # the paint that comes later does not run it again
    assert first_paint.painted
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: bool(turned))
    assert calls == ["started"]
