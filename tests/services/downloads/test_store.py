"""The saved queue: round trip, atomic replacement, a broken file set aside."""

from __future__ import annotations

from pathlib import Path

from desktop.services.downloads.store import (
    DownloadSettings,
    DownloadStore,
    SavedDownload,
    SavedQueue,
)


def test_round_trip(data_dir: Path) -> None:
    store = DownloadStore(data_dir)
    assert store.load() == SavedQueue()
    queue = SavedQueue(
        DownloadSettings(max_active=2, resume_on_start=False),
        [SavedDownload("llama3.2:1b", state="paused", completed=5, total=10, added_at=1.5)],
    )
    store.save(queue)
    assert DownloadStore(data_dir).load() == queue
    assert not (data_dir / "downloads.json.tmp").exists()


def test_an_unreadable_file_is_set_aside(data_dir: Path) -> None:
    (data_dir / "downloads.json").write_text("{not json")
    assert DownloadStore(data_dir).load() == SavedQueue()
    assert (data_dir / "downloads.json.unreadable").read_text() == "{not json"


def test_odd_values_are_tamed(data_dir: Path) -> None:
    (data_dir / "downloads.json").write_text(
        '{"settings": {"max_active": 99}, "items": [{"name": 3}, {"name": "a"}, "x"]}'
    )
    loaded = DownloadStore(data_dir).load()
    assert loaded.settings.max_active == 4
    assert [item.name for item in loaded.items] == ["a"]
