"""The installed models fit their pane at 1280 px wide, with the Updates column shown, in
English and in German (longer words): no sideways scrolling."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from desktop import settings as options
from desktop import translations
from desktop.app import create_main_window
from desktop.settings import Settings
from tests.fake_ollama import FakeOllama
from tests.fake_ollama.registry import FakeRegistry

GB = 1_000_000_000


@pytest.fixture
def uninstall(qapp: QApplication) -> Iterator[None]:
    yield
    translations.remove_translators(qapp)


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_sideways_scrolling_at_1280_with_updates_shown(
    qtbot, qloop, uninstall, data_dir: Path, fake_ollama: FakeOllama, language: str
) -> None:
    fake_ollama.remove_model("smollm2:135m")
    names = ("llama3.2:3b", "qwen3:8b", "deepseek-r1:14b", "nomic-embed-text:latest")
    for name in names:
        fake_ollama.registry_add(name, layer_sizes=[2 * GB, 1500, 120, 480])
        fake_ollama.install_from_registry(name)
    fake_ollama.registry_change_layer("qwen3:8b", 0, size=1_200_000_000)
    registry = FakeRegistry(fake_ollama).start()
    try:
        settings = Settings(data_dir, portable=True)
        settings.set(options.LANGUAGE, language)
        window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
        qtbot.addWidget(window)
        window.context.model_updates.registry.default_registry_url = registry.url  # loopback
        window.resize(1280, 800)
        window.show()
        window.tabs.setCurrentWidget(window.models_tab)
        tab = window.models_tab
        qtbot.waitUntil(lambda: tab.installed_model.rowCount() == len(names), timeout=5000)
        tab.findChild(QPushButton, "checkUpdatesButton").click()
        qtbot.waitUntil(lambda: tab.installed_model.shows_updates, timeout=5000)
        qtbot.waitUntil(lambda: not tab.updates.busy, timeout=5000)
        qtbot.wait(50)  # let the layout settle after the column appeared
        bar = tab.table.horizontalScrollBar()
        assert bar.maximum() == 0, (language, bar.maximum(), tab.table.viewport().width())
        window.close()
    finally:
        registry.stop()


def test_names_get_their_room_back_when_the_window_grows(
    qtbot, qloop, data_dir: Path, fake_ollama: FakeOllama
) -> None:
    fake_ollama.add_model("nomic-embed-text:latest", size=274_000_000)
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.resize(760, 600)
    window.show()
    window.tabs.setCurrentWidget(window.models_tab)
    tab = window.models_tab
    qtbot.waitUntil(lambda: tab.installed_model.rowCount() == 2, timeout=5000)
    name = tab.installed_model.NAME
    needed = tab.table.sizeHintForColumn(name)
    qtbot.waitUntil(lambda: tab.table.horizontalScrollBar().maximum() == 0, timeout=2000)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: tab.table.columnWidth(name) >= needed, timeout=2000)
    assert tab.table.horizontalScrollBar().maximum() == 0
    window.close()
