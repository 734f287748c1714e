"""The saved queue: round trip, atomic replacement, a broken file set aside, writes off the
caller's thread (coalesced), and nothing lost at shutdown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.services.downloads.queue import DownloadQueue
from desktop.services.downloads.store import (
    DownloadSettings,
    DownloadStore,
    SavedDownload,
    SavedQueue,
)
from desktop.services.operations import Operations


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


@pytest.fixture
def runner() -> Iterator[Operations]:
    operations = Operations()
    yield operations
    operations.close()


def hold(runner: Operations) -> threading.Event:
    """Keep the runner's worker busy until the returned event is set."""
    release = threading.Event()
    started = threading.Event()
    runner.submit(lambda: (started.set(), release.wait(10)))
    assert started.wait(10)
    return release


def queue_of(*names: str) -> SavedQueue:
    return SavedQueue(items=[SavedDownload(name) for name in names])


def test_saves_run_on_the_runner_and_the_latest_state_wins(data_dir: Path, runner) -> None:
    store = DownloadStore(data_dir, runner)
    release = hold(runner)
    for count in range(1, 4):
        store.save(queue_of(*[f"model{n}:1b" for n in range(count)]))
    assert not store.path.exists(), "the caller's thread wrote the file"
    release.set()
    store.flush()
    assert DownloadStore(data_dir).load() == queue_of("model0:1b", "model1:1b", "model2:1b")
    assert store.writes == 1, "three saves while the disk was busy make one write"
    assert not (data_dir / "downloads.json.tmp").exists()


def test_flush_writes_what_is_pending_before_it_returns(data_dir: Path, runner) -> None:
    store = DownloadStore(data_dir, runner)
    store.save(queue_of("a:1b"))
    store.flush()
    assert DownloadStore(data_dir).load() == queue_of("a:1b")
    store.flush()  # nothing pending: nothing written again
    assert store.writes == 1


def test_after_the_runner_closed_saves_write_at_once(data_dir: Path) -> None:
    runner = Operations()
    runner.close()
    store = DownloadStore(data_dir, runner)
    store.save(queue_of("late:1b"))
    assert DownloadStore(data_dir).load() == queue_of("late:1b")


class SteppedRunner(Operations):
    """The real runner's order, but queued work runs only when the test (or ``wait``) says."""

    def __init__(self) -> None:
        super().__init__()
        self.queued: list[Callable[[], Any]] = []

    def submit(self, work: Callable[..., Any], *args: Any) -> Any:
        self.queued.append(lambda: work(*args))

    def wait(self, work: Callable[..., Any], *args: Any) -> Any:
        self.run_queued()
        return work(*args)

    def run_queued(self) -> None:
        while self.queued:
            self.queued.pop(0)()


def test_queue_shutdown_leaves_its_last_state_on_disk(data_dir: Path, refused_url) -> None:
    runner = SteppedRunner()
    client = AsyncOllamaClient(OllamaClient(refused_url))
    queue = DownloadQueue(lambda: client, DownloadStore(data_dir, runner))
    queue.set_max_active(3)
    assert not (data_dir / "downloads.json").exists()  # queued on the runner, not yet written
    queue.shutdown()
    assert DownloadStore(data_dir).load().settings.max_active == 3
    client.close()
    runner.close()
