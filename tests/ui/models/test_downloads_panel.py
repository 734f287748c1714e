"""The downloads panel: hidden while empty, open when something is queued, foldable to one
line that says how far the downloads are, giving the lists above the room."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame

from desktop.ui.models.tab import ModelsTab
from tests.fake_ollama import PullPlan

MB = 1_000_000


def test_the_panel_appears_open_for_a_download_and_folds_to_a_summary(
    tab: ModelsTab, qtbot, fake_ollama
) -> None:
    panel = tab.findChild(QFrame, "downloadsPanel")
    assert panel is not None and not panel.isVisible()  # nothing queued: no room taken
    room_without = tab.sections.height()

    fake_ollama.registry_add("slow:1b", layer_sizes=[40 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=4 * MB, events_per_second=50)
    tab.queue_download("slow:1b")
    assert panel.isVisible() and panel.expanded and tab.downloads_view.isVisible()
    row = tab.downloads_view.row_for("slow:1b")
    qtbot.waitUntil(lambda: row.item.progress.completed > MB, timeout=5000)
    qtbot.waitUntil(lambda: tab.sections.height() < room_without, timeout=2000)
    room_open = tab.sections.height()

    panel.toggle.click()
    assert not panel.expanded and not tab.downloads_view.isVisible()
    assert panel.summary.isVisible()
    qtbot.waitUntil(lambda: panel.summary.text().startswith("1 download · "), timeout=2000)
    assert panel.summary.text().endswith("%")
    qtbot.waitUntil(lambda: tab.sections.height() > room_open, timeout=2000)
    assert panel.height() < 60  # one line

    tab.queue.cancel(row.item)
    fake_ollama.registry_add("next:1b", layer_sizes=[1000])
    tab.queue_download("next:1b")  # a new download opens the panel again
    assert panel.expanded and tab.downloads_view.isVisible()
    tab.queue.clear_finished()
    for item in list(tab.queue.items):
        tab.queue.remove(item)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5000)
