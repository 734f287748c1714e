"""Pull figures from the server are untrusted: an impossible size is shown as unknown, never
as "1000000 TB of 1000000 TB"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.app import build_context
from desktop.formats import human_size
from desktop.ollama import AsyncOllamaClient
from desktop.services.downloads.queue import State
from desktop.ui.models.tab import ModelsTab
from tests.fake_ollama import FakeOllama, PullPlan

ABSURD = 10**21  # bytes: a million petabytes


@pytest.fixture
def models_tab(
    qtbot: Any, qloop: Any, aclient: AsyncOllamaClient, data_dir: Path
) -> Iterator[ModelsTab]:
    context = build_context(aclient, data_dir, stall_timeout=5.0)
    tab = ModelsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    yield tab
    tab.shutdown()
    context.close()


def test_a_pull_with_an_impossible_total_shows_no_absurd_figures(
    qtbot: Any, models_tab: ModelsTab, fake_ollama: FakeOllama
) -> None:
    fake_ollama.registry_add("huge:1b", layer_sizes=[ABSURD, 2_000_000])
    fake_ollama.pull_plan = PullPlan(byte_rate=50_000_000, events_per_second=50)
    models_tab.queue_download("huge:1b")
    row = models_tab.downloads_view.row_for("huge:1b")
    assert row is not None
    qtbot.waitUntil(lambda: row.item.progress.events >= 5, timeout=5000)
    qtbot.waitUntil(lambda: "Downloading" in row.status.text(), timeout=5000)
    shown = row.figures.text()
    assert "PB" not in shown and "TB" not in shown and "1000000" not in shown
    assert row.item.progress.shown_total < 10**15
    models_tab.queue.cancel(row.item)
    qtbot.waitUntil(lambda: row.item.state is State.CANCELLED, timeout=5000)


def test_a_size_beyond_any_unit_is_not_written_as_a_million_of_the_largest() -> None:
    assert "1000000" not in human_size(ABSURD)
    assert human_size(4_700_000_000) == "4.7 GB"
