"""The download queue against the test server: layers, stalls, errors, pause, restart."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from desktop.ollama import AsyncOllamaClient
from desktop.ollama.types import ProgressEvent
from desktop.services.downloads import errors
from desktop.services.downloads.job import Stalled, read_pull
from desktop.services.downloads.progress import PullProgress
from desktop.services.downloads.queue import Change, DownloadItem, DownloadQueue, State
from desktop.services.downloads.speed import SpeedMeter
from desktop.services.downloads.store import DownloadStore
from tests.fake_ollama import FakeOllama, PullPlan

MB = 1_000_000


# Stall timeouts count on the queue's clock, which only the test moves (ManualClock): a pull
# stalls when the test says so, never because a busy machine was slow.
STALL_TIMEOUT = 1.0


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def make_queue(
    qloop, aclient: AsyncOllamaClient, data_dir: Path
) -> Iterator[Callable[..., DownloadQueue]]:
    made: list[DownloadQueue] = []

    def make(clock: ManualClock | None = None, **kwargs) -> DownloadQueue:
        queue = DownloadQueue(
            lambda: aclient,
            DownloadStore(data_dir),
            stall_timeout=STALL_TIMEOUT,
            clock=clock or ManualClock(),
            **kwargs,
        )
        made.append(queue)
        return queue

    yield make
    for queue in made:
        queue.shutdown()


def record(queue: DownloadQueue) -> list[tuple[State, float, int]]:
    """(state, shown fraction, aggregated bytes) at every change the queue reports."""
    seen: list[tuple[State, float, int]] = []

    def listener(item: DownloadItem, change: Change) -> None:
        seen.append((item.state, item.progress.shown_fraction, item.progress.completed))

    queue.subscribe(listener)
    return seen


def test_a_pull_of_several_layers_finishes(make_queue, fake_ollama: FakeOllama, qtbot) -> None:
    fake_ollama.registry_add("layered:1b", layer_sizes=[3 * MB, 2000, 500])
    fake_ollama.pull_plan = PullPlan(byte_rate=6 * MB, events_per_second=200)
    queue = make_queue()
    seen = record(queue)
    item, added = queue.add("layered:1b")
    assert added
    qtbot.waitUntil(lambda: item.state is State.DONE, timeout=10_000)
    assert item.progress.layer_count == 3
    assert item.progress.total == 3 * MB + 2500
    assert item.progress.shown_fraction == 1.0
    assert "layered:1b" in fake_ollama.models_by_name
    assert fake_ollama.wait_for_request("/api/pull").json == {"model": "layered:1b",
                                                              "stream": True}  # fmt: skip
    fractions = [fraction for _, fraction, _ in seen]
    assert fractions == sorted(fractions)
    assert len({f for f in fractions if 0 < f < 1}) > 3  # it moved in steps, not at the end


def test_the_shown_progress_never_goes_backwards(make_queue, fake_ollama, qtbot) -> None:
    fake_ollama.registry_add("wobbly:1b", layer_sizes=[2 * MB, 1000])
    fake_ollama.pull_plan = PullPlan(byte_rate=10 * MB, events_per_second=200, backwards_at=0.5)
    queue = make_queue()
    seen = record(queue)
    item, _ = queue.add("wobbly:1b")
    qtbot.waitUntil(lambda: item.state is State.DONE, timeout=10_000)
    assert item.progress.backward_steps >= 1, "the server should have sent a backwards step"
    fractions = [fraction for _, fraction, _ in seen]
    assert fractions == sorted(fractions)


def let_stalls_time_out(fake_ollama: FakeOllama, clock: ManualClock) -> Callable[[], None]:
    """While the server holds a pull stalled, move the queue's clock past the stall timeout."""

    def tick() -> None:
        if fake_ollama.stalling:
            clock.now += 2 * STALL_TIMEOUT

    return tick


def test_a_stall_reconnects_and_the_pull_continues(make_queue, fake_ollama, qtbot) -> None:
    fake_ollama.registry_add("sticky:1b", layer_sizes=[2 * MB, 700])
    fake_ollama.pull_plan = PullPlan(
        byte_rate=10 * MB, events_per_second=100, stall_after_bytes=500_000, stall_seconds=600
    )
    clock = ManualClock()
    queue = make_queue(clock=clock)
    item, _ = queue.add("sticky:1b")
    tick = let_stalls_time_out(fake_ollama, clock)
    qtbot.waitUntil(lambda: tick() or item.reconnects >= 1, timeout=10_000)
    qtbot.waitUntil(lambda: fake_ollama.disconnects >= 1, timeout=5000)
    fake_ollama.pull_plan = PullPlan(byte_rate=10 * MB, events_per_second=100)
    qtbot.waitUntil(lambda: item.state is State.DONE, timeout=10_000)
    assert item.reconnects == 1
    pulls = [r for r in fake_ollama.requests if r.path == "/api/pull"]
    assert len(pulls) == 2


def test_a_pull_that_keeps_stalling_fails_in_plain_words(make_queue, fake_ollama, qtbot):
    fake_ollama.registry_add("stuck:1b", layer_sizes=[2 * MB])
    fake_ollama.pull_plan = PullPlan(
        byte_rate=10 * MB, events_per_second=100, stall_after_bytes=300_000, stall_seconds=600
    )
    clock = ManualClock()
    queue = make_queue(clock=clock)
    item, _ = queue.add("stuck:1b")
    tick = let_stalls_time_out(fake_ollama, clock)
    qtbot.waitUntil(lambda: tick() or item.state is State.FAILED, timeout=20_000)
    assert item.reconnects == 3
    assert item.error == errors.STALLED
    assert len([r for r in fake_ollama.requests if r.path == "/api/pull"]) == 4


def test_a_pull_that_keeps_moving_never_stalls(make_queue, fake_ollama, qtbot) -> None:
    """Hours may pass on the clock: as long as bytes arrive, the pull is not stalled."""
    fake_ollama.registry_add("steady:1b", layer_sizes=[2 * MB, 300])
    fake_ollama.pull_plan = PullPlan(byte_rate=8 * MB, events_per_second=100)
    clock = ManualClock()
    queue = make_queue(clock=clock)
    item, _ = queue.add("steady:1b")
    seen = [0]

    def moved() -> bool:
        if item.progress.completed > seen[0]:
            seen[0] = item.progress.completed
            clock.now += STALL_TIMEOUT / 2  # less than a timeout between two steps
        return item.state is State.DONE

    qtbot.waitUntil(moved, timeout=10_000)
    assert item.reconnects == 0


def test_stall_detection_looks_at_bytes_not_at_lines(qloop, arun) -> None:
    """Ollama repeats the same progress line during a stall: that must still count."""
    digest = "sha256:" + "c" * 64
    clock = ManualClock()

    async def repeating() -> AsyncIterator[list[ProgressEvent]]:
        import asyncio

        yield [ProgressEvent(status="pulling manifest")]
        while True:
            yield [ProgressEvent(status="pulling c", digest=digest, total=100, completed=10)]
            clock.now += STALL_TIMEOUT / 10
            await asyncio.sleep(0)  # let the watchdog run

    async def attempt() -> str:
        try:
            await read_pull(repeating(), PullProgress(), SpeedMeter(clock=clock),
                            stall_timeout=STALL_TIMEOUT, on_event=lambda: None,
                            clock=clock)  # fmt: skip
        except Stalled:
            return "stalled"
        return "finished"

    assert arun(attempt(), timeout=10) == "stalled"


def test_an_error_mid_stream_fails_the_item(make_queue, fake_ollama, qtbot) -> None:
    fake_ollama.registry_add("broken:1b", layer_sizes=[2 * MB])
    fake_ollama.pull_plan = PullPlan(
        byte_rate=20 * MB, events_per_second=200,
        error="digest mismatch, file must be downloaded again", error_after_bytes=600_000,
    )  # fmt: skip
    queue = make_queue()
    item, _ = queue.add("broken:1b")
    qtbot.waitUntil(lambda: item.state is State.FAILED, timeout=10_000)
    assert "arrived damaged" in item.error
    assert item.progress.shown_fraction > 0.2
    fake_ollama.pull_plan = PullPlan(byte_rate=20 * MB, events_per_second=200)
    queue.retry(item)
    qtbot.waitUntil(lambda: item.state is State.DONE, timeout=10_000)
    assert item.error == ""


def test_unknown_model_and_insecure_registry(make_queue, fake_ollama, qtbot) -> None:
    queue = make_queue()
    unknown, _ = queue.add("no-such-model:7b")
    qtbot.waitUntil(lambda: unknown.state is State.FAILED, timeout=5000)
    assert unknown.error.startswith("There is no model called “no-such-model:7b” in the library")

    name = "127.0.0.1:5000/team/private:1b"
    fake_ollama.registry_add(name, layer_sizes=[1000])
    plain, _ = queue.add(name)
    qtbot.waitUntil(lambda: plain.state is State.FAILED, timeout=5000)
    assert "Allow insecure (HTTP) registry" in plain.error
    queue.remove(plain)
    insecure, _ = queue.add(name, insecure=True)
    qtbot.waitUntil(lambda: insecure.state is State.DONE, timeout=5000)
    assert fake_ollama.requests[-1].json["insecure"] is True


def test_losing_the_server_mid_pull_fails_with_its_reason(make_queue, fake_ollama, qtbot):
    fake_ollama.registry_add("far:1b", layer_sizes=[50 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=5 * MB, events_per_second=50)
    queue = make_queue(reconnect_delay=0.01)
    item, _ = queue.add("far:1b")
    qtbot.waitUntil(lambda: item.progress.completed > 0, timeout=5000)
    fake_ollama.stop()
    qtbot.waitUntil(lambda: item.state is State.FAILED, timeout=10_000)
    assert "Can't reach Ollama" in item.error


def test_pause_closes_the_connection_and_resume_continues(make_queue, fake_ollama, qtbot):
    fake_ollama.registry_add("pausable:1b", layer_sizes=[4 * MB, 300])
    fake_ollama.pull_plan = PullPlan(byte_rate=8 * MB, events_per_second=100)
    queue = make_queue()
    item, _ = queue.add("pausable:1b")
    qtbot.waitUntil(lambda: item.progress.completed > MB, timeout=5000)
    queue.pause(item)
    assert item.state is State.PAUSED
    qtbot.waitUntil(lambda: fake_ollama.disconnects >= 1, timeout=2000)
    paused_at = item.progress.completed
    assert fake_ollama.partial  # the server kept the partial file
    seen = record(queue)
    queue.resume(item)
    qtbot.waitUntil(lambda: item.state is State.DONE, timeout=10_000)
    resumed = [completed for state, _, completed in seen if state is State.ACTIVE]
    assert min(resumed) >= paused_at - 1, "the second pull must continue, not start over"
    assert len([r for r in fake_ollama.requests if r.path == "/api/pull"]) == 2


def test_cancel_stops_and_drops_the_item(make_queue, fake_ollama, qtbot) -> None:
    fake_ollama.registry_add("slow:1b", layer_sizes=[50 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=5 * MB, events_per_second=50)
    queue = make_queue()
    item, _ = queue.add("slow:1b")
    qtbot.waitUntil(lambda: item.progress.completed > 0, timeout=5000)
    queue.cancel(item)
    assert item.state is State.CANCELLED
    qtbot.waitUntil(lambda: fake_ollama.disconnects >= 1, timeout=2000)
    assert DownloadStore(queue._store.path.parent).load().items == []


def test_one_at_a_time_by_default_and_more_when_allowed(make_queue, fake_ollama, qtbot):
    for name in ("one:1b", "two:1b", "three:1b"):
        fake_ollama.registry_add(name, layer_sizes=[50 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=5 * MB, events_per_second=50)
    queue = make_queue()
    items = [queue.add(name)[0] for name in ("one:1b", "two:1b", "three:1b")]
    assert [i.state for i in items] == [State.ACTIVE, State.QUEUED, State.QUEUED]
    assert queue.add("two:1b") == (items[1], False)  # already queued
    queue.set_max_active(2)
    assert [i.state for i in items] == [State.ACTIVE, State.ACTIVE, State.QUEUED]
    qtbot.waitUntil(lambda: fake_ollama.active_streams == 2, timeout=5000)
    queue.pause(items[0])
    assert items[2].state is State.ACTIVE  # the freed slot goes to the next in line
    queue.resume(items[0])
    assert items[0].state is State.QUEUED


@pytest.mark.parametrize("resume_on_start", [True, False])
def test_unfinished_downloads_survive_a_restart(
    make_queue, fake_ollama, qtbot, resume_on_start: bool
) -> None:
    fake_ollama.registry_add("restart:1b", layer_sizes=[3 * MB, 400])
    fake_ollama.pull_plan = PullPlan(byte_rate=6 * MB, events_per_second=100)
    first = make_queue()
    first.set_resume_on_start(resume_on_start)
    item, _ = first.add("restart:1b")
    qtbot.waitUntil(lambda: item.progress.completed > MB, timeout=5000)
    first.shutdown()
    qtbot.waitUntil(lambda: fake_ollama.disconnects >= 1, timeout=2000)
    shown_before = item.progress.shown_fraction

    second = make_queue()
    (restored,) = second.restore()
    assert restored.name == "restart:1b"
    assert restored.progress.shown_fraction == pytest.approx(shown_before, abs=0.05)
    if resume_on_start:
        assert restored.state is State.ACTIVE
    else:
        assert restored.state is State.PAUSED and restored.waiting_for_click
        second.resume(restored)
    qtbot.waitUntil(lambda: restored.state is State.DONE, timeout=10_000)
    assert second._store.load().items == []
