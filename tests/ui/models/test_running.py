"""Models in memory: the panel, its Unload buttons and its refresh rules."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.models.tab import IN_MEMORY, INSTALLED, ModelsTab


def cells(tab: ModelsTab, row: int) -> list[str]:
    table = tab.running_panel.table
    return [table.item(row, column).text() for column in range(5)]


def test_loaded_models_are_listed_and_can_be_unloaded(tab: ModelsTab, qtbot, arun, fake_ollama):
    arun(tab.context.ollama.generate_once("llama3.2:3b", ""))
    arun(tab.context.ollama.generate_once("gemma3:4b", "", keep_alive=-1))
    panel = tab.running_panel
    qtbot.waitUntil(lambda: panel._in_flight is None, timeout=5000)
    panel._last_fetch = -1e9  # the first look was long ago
    tab.sections.setCurrentIndex(IN_MEMORY)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=5000)
    rows = {cells(tab, row)[0]: cells(tab, row) for row in range(2)}
    _, memory, where, context, countdown = rows["llama3.2:3b"]
    assert memory == "4.1 GB" and where == "100% CPU" and context == "4K tokens"
    assert countdown in ("unloads in 5 min", "unloads in 4 min")
    assert rows["gemma3:4b"][4] == "stays loaded"
    assert tab.sections.tabText(IN_MEMORY) == "In memory (2)"

    button = panel.button_for("llama3.2:3b")
    assert button.accessibleName() == "Unload llama3.2:3b"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    unload = [r.json for r in fake_ollama.requests if r.path == "/api/generate"][-1]
    assert unload == {"model": "llama3.2:3b", "prompt": "", "keep_alive": 0, "stream": False}

    panel.button_for("gemma3:4b").click()
    qtbot.waitUntil(lambda: panel.empty.isVisible(), timeout=5000)
    assert "No model is in memory" in panel.empty.text()


def test_it_refreshes_only_while_visible_and_at_most_every_two_seconds(tab: ModelsTab, qtbot):
    panel = tab.running_panel
    tab.sections.setCurrentIndex(INSTALLED)
    assert not panel._timer.isActive()  # hidden: no polling
    tab.sections.setCurrentIndex(IN_MEMORY)
    assert panel._timer.isActive() and panel._timer.interval() == 2000
    qtbot.waitUntil(lambda: panel._in_flight is None and panel.fetch_count > 0, timeout=5000)
    count, last = panel.fetch_count, panel._last_fetch
    for _ in range(5):  # a burst of chats finishing
        tab.refresh_running()
    assert panel.fetch_count == count  # too soon after the last look
    qtbot.waitUntil(lambda: panel.fetch_count > count, timeout=3000)
    assert panel.fetch_count == count + 1
    assert panel._last_fetch - last >= 1.99
    tab.sections.setCurrentIndex(INSTALLED)
    assert not panel._timer.isActive()


def test_refresh_after_a_chat_works_while_hidden(tab: ModelsTab, qtbot, arun) -> None:
    arun(tab.context.ollama.generate_once("smollm2:135m", ""))
    assert not tab.running_panel.isVisible()
    qtbot.wait(10)
    tab.running_panel._last_fetch = -1e9  # as if the last look were long ago
    tab.refresh_running()
    qtbot.waitUntil(lambda: tab.sections.tabText(IN_MEMORY) == "In memory (1)", timeout=5000)
