"""The Models tab checks for model updates and updates on a click, over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.app import build_context
from desktop.ollama import AsyncOllamaClient
from desktop.services.context import AppContext
from desktop.ui.models.installed_model import InstalledModelsModel
from desktop.ui.models.tab import ModelsTab
from tests.fake_ollama import FakeOllama
from tests.fake_ollama.registry import FakeRegistry
from tests.ui.models.conftest import TEST_STALL_TIMEOUT

GB = 1_000_000_000


@pytest.fixture
def registry(fake_ollama: FakeOllama) -> Iterator[FakeRegistry]:
    served = FakeRegistry(fake_ollama).start()
    yield served
    served.stop()


@pytest.fixture
def two_models(fake_ollama: FakeOllama) -> FakeOllama:
    """llama3.2:3b is current; qwen3:8b got new weights upstream."""
    fake_ollama.remove_model("smollm2:135m")
    for name in ("llama3.2:3b", "qwen3:8b"):
        fake_ollama.registry_add(name, layer_sizes=[2 * GB, 1500, 120, 480])
        fake_ollama.install_from_registry(name)
    fake_ollama.registry_change_layer("qwen3:8b", 0, size=1_200_000_000)
    return fake_ollama


@pytest.fixture
def make_tab(
    qtbot, qloop, aclient: AsyncOllamaClient, data_dir: Path, registry: FakeRegistry
) -> Iterator[Callable[..., ModelsTab]]:
    built: list[tuple[ModelsTab, AppContext]] = []

    def build(registry_url: str | None = None) -> ModelsTab:
        context = build_context(
            aclient,
            data_dir,
            stall_timeout=TEST_STALL_TIMEOUT,
            registry_url=registry_url or registry.url,
        )
        tab = ModelsTab(context)
        qtbot.addWidget(tab)
        tab.resize(1200, 800)
        tab.show()
        built.append((tab, context))
        qtbot.waitUntil(lambda: tab.installed_model.rowCount() > 0, timeout=5000)
        return tab

    yield build
    for tab, context in built:
        tab.shutdown()
        context.close()


def update_text(tab: ModelsTab, name: str) -> str:
    model = tab.installed_model
    return model.update_text(model.row_of(name))


def button(tab: ModelsTab, name: str) -> QPushButton:
    found = tab.findChild(QPushButton, name)
    assert found is not None, name
    return found


def check(tab: ModelsTab, qtbot) -> None:
    qtbot.mouseClick(button(tab, "checkUpdatesButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.updates is not None and tab.updates.last_check is not None)
    qtbot.waitUntil(lambda: button(tab, "checkUpdatesButton").isEnabled())


def test_no_column_and_no_request_before_a_check(
    two_models: FakeOllama, registry: FakeRegistry, make_tab
) -> None:
    tab = make_tab()
    assert tab.installed_model.columnCount() == InstalledModelsModel.UPDATES
    assert not button(tab, "updateAllButton").isEnabled()
    assert registry.manifest_requests() == []


def test_the_check_marks_the_model_with_an_update(two_models: FakeOllama, make_tab, qtbot) -> None:
    tab = make_tab()
    check(tab, qtbot)

    assert update_text(tab, "qwen3:8b") == "Update available — 1.2 GB to download"
    assert update_text(tab, "llama3.2:3b") == "Up to date"
    assert button(tab, "updateAllButton").isEnabled()
    status = tab.findChild(QLabel, "updatesStatus")
    assert status is not None and status.text() == "Last checked for updates just now."
    header = tab.installed_model.headerData(InstalledModelsModel.UPDATES, Qt.Orientation.Horizontal)
    assert header == "Updates"


def test_update_pulls_and_the_row_says_up_to_date_afterwards(
    two_models: FakeOllama, make_tab, qtbot
) -> None:
    tab = make_tab()
    check(tab, qtbot)
    tab.select_model("llama3.2:3b")
    assert not button(tab, "updateModelButton").isEnabled()  # nothing to update there
    tab.select_model("qwen3:8b")

    qtbot.mouseClick(button(tab, "updateModelButton"), Qt.MouseButton.LeftButton)

    assert "Updating" in update_text(tab, "qwen3:8b")
    assert [item.name for item in tab.queue.items] == ["qwen3:8b"]
    qtbot.waitUntil(lambda: update_text(tab, "qwen3:8b") == "Up to date", timeout=10000)
    assert not button(tab, "updateAllButton").isEnabled()


def test_update_all_queues_only_the_changed_models(two_models: FakeOllama, make_tab, qtbot) -> None:
    tab = make_tab()
    check(tab, qtbot)

    qtbot.mouseClick(button(tab, "updateAllButton"), Qt.MouseButton.LeftButton)

    assert [item.name for item in tab.queue.items] == ["qwen3:8b"]
    qtbot.waitUntil(lambda: update_text(tab, "qwen3:8b") == "Up to date", timeout=10000)
    pulls = [r.json["model"] for r in two_models.requests if r.path == "/api/pull"]
    assert pulls == ["qwen3:8b"]


def test_problems_get_plain_words(
    fake_ollama: FakeOllama, registry: FakeRegistry, make_tab, qtbot
) -> None:
    fake_ollama.remove_model("smollm2:135m")
    fake_ollama.add_model("my-assistant:latest")
    fake_ollama.add_model("team/secret:latest")
    registry.private.add("team/secret:latest")
    tab = make_tab()
    check(tab, qtbot)

    assert update_text(tab, "my-assistant:latest") == (
        "This model was made on this computer (no registry to check)"
    )
    assert update_text(tab, "team/secret:latest") == "Needs an ollama.com sign-in"
    assert not button(tab, "updateAllButton").isEnabled()


def test_a_registry_that_is_down(two_models: FakeOllama, make_tab, qtbot, refused_url) -> None:
    tab = make_tab(refused_url)
    check(tab, qtbot)

    for name in ("qwen3:8b", "llama3.2:3b"):
        assert update_text(tab, name) == "Can't check: the registry can't be reached"
    row = tab.installed_model.row_of("qwen3:8b")
    tooltip = tab.installed_model.index(row, InstalledModelsModel.UPDATES).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "checked just now" in tooltip


def test_the_result_is_kept_for_the_next_start(two_models: FakeOllama, make_tab, qtbot) -> None:
    check(make_tab(), qtbot)
    again = make_tab()
    qtbot.waitUntil(lambda: "Update" in update_text(again, "qwen3:8b"))
    assert update_text(again, "llama3.2:3b") == "Up to date"


def test_a_check_while_ollama_is_down_says_so_and_can_be_tried_again(
    two_models: FakeOllama, registry: FakeRegistry, make_tab, qtbot
) -> None:
    tab = make_tab()
    two_models.stop()

    qtbot.mouseClick(button(tab, "checkUpdatesButton"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tab.message_bar.isVisible(), timeout=5000)
    assert "Ollama" in tab.message_bar.text and "Traceback" not in tab.message_bar.text
    qtbot.waitUntil(lambda: button(tab, "checkUpdatesButton").isEnabled())
    assert registry.manifest_requests() == []


def test_the_window_shares_one_update_service_and_starts_the_daily_check(
    qtbot, qloop, data_dir: Path, fake_ollama: FakeOllama
) -> None:
    from desktop.app import create_main_window

    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    updates = window.context.model_updates
    assert updates is not None and window.models_tab.updates is updates
    daily = list(updates._tasks)
    assert daily and not any(task.done() for task in daily)  # waiting for its first look
    window.close()
    qtbot.waitUntil(lambda: all(task.done() for task in daily))
