"""Pull progress: summed by digest, shown without ever moving backwards, phases in words."""

from __future__ import annotations

from desktop.ollama.types import ProgressEvent
from desktop.services.downloads.progress import Phase, PullProgress
from desktop.services.downloads.speed import SpeedMeter
from desktop.services.downloads.throttle import FrameBudget

A = "sha256:" + "a" * 64
B = "sha256:" + "b" * 64


def layer(digest: str, completed: int, total: int) -> ProgressEvent:
    return ProgressEvent(status=f"pulling {digest[7:19]}", digest=digest, total=total,
                         completed=completed)  # fmt: skip


def test_overall_progress_is_the_sum_over_layers_by_digest() -> None:
    progress = PullProgress()
    progress.apply(ProgressEvent(status="pulling manifest"))
    assert progress.phase is Phase.PREPARING
    progress.apply(layer(A, 0, 1000))
    progress.apply(layer(A, 600, 1000))
    progress.apply(layer(B, 0, 1000))
    progress.apply(layer(B, 200, 1000))
    assert (progress.completed, progress.total) == (800, 2000)
    assert progress.phase is Phase.DOWNLOADING
    assert progress.layer_count == 2


def test_the_shown_value_never_moves_backwards() -> None:
    progress = PullProgress()
    progress.apply(layer(A, 0, 1000))
    progress.apply(layer(A, 900, 1000))
    assert progress.shown_fraction == 0.9
    progress.apply(layer(A, 500, 1000))  # a stalled part restarted
    assert progress.completed == 500
    assert progress.shown_fraction == 0.9
    assert progress.shown_completed == 900
    progress.apply(layer(B, 0, 1000))  # a new layer doubles the total
    assert progress.shown_fraction == 0.9
    progress.apply(layer(A, 1000, 1000))
    progress.apply(layer(B, 1000, 1000))
    assert progress.shown_fraction == 1.0


def test_new_bytes_exclude_the_first_report_of_a_layer() -> None:
    """A resumed layer reports its partial bytes at once: that is not download speed."""
    progress = PullProgress()
    assert progress.apply(layer(A, 700, 1000)) == 0
    assert progress.apply(layer(A, 750, 1000)) == 50
    assert progress.apply(layer(A, 740, 1000)) == 0


def test_phases_in_plain_words() -> None:
    progress = PullProgress()
    for status, phase in (
        ("pulling manifest", Phase.PREPARING),
        ("verifying sha256 digest", Phase.VERIFYING),
        ("writing manifest", Phase.FINISHING),
        ("removing unused layers", Phase.FINISHING),
        ("success", Phase.DONE),
    ):
        progress.apply(ProgressEvent(status=status))
        assert progress.phase is phase
    assert progress.shown_fraction == 1.0
    assert [p.value for p in Phase] == ["Preparing", "Downloading", "Verifying", "Finishing",
                                        "Done"]  # fmt: skip


def test_restored_progress_keeps_showing_what_was_shown() -> None:
    progress = PullProgress(completed=400, total=1000)
    assert progress.shown_fraction == 0.4
    progress.apply(layer(A, 100, 1000))
    assert progress.shown_fraction == 0.4
    assert progress.shown_total == 1000


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_speed_is_smoothed_and_gives_time_left() -> None:
    clock = Clock()
    meter = SpeedMeter(clock=clock, smoothing=3.0, window=0.5)
    assert meter.speed is None
    for _ in range(10):  # 1 MB per half second = 2 MB/s
        clock.now += 0.5
        meter.add(1_000_000)
    assert abs((meter.speed or 0) - 2_000_000) < 1
    clock.now += 0.5
    meter.add(10_000_000)  # one burst moves the figure only part of the way
    assert 2_000_000 < (meter.speed or 0) < 10_000_000
    assert meter.seconds_left(4_000_000) is not None


def test_speed_falls_to_zero_during_a_stall_and_time_left_is_unknown() -> None:
    clock = Clock()
    meter = SpeedMeter(clock=clock)
    clock.now += 0.5
    meter.add(1_000_000)
    assert meter.seconds_left(1000) is None  # not enough measured yet
    clock.now += 60
    assert (meter.speed or 0) < 1
    assert meter.seconds_left(1000) is None


def test_frame_budget_allows_ten_frames_a_second() -> None:
    clock = Clock()
    budget = FrameBudget(10, clock=clock)
    assert budget.wait("x") == 0
    budget.drew("x")
    clock.now += 0.03
    assert abs(budget.wait("x") - 0.07) < 1e-9
    assert budget.wait("other") == 0
    clock.now += 0.08
    assert budget.wait("x") == 0


def test_backward_steps_are_counted() -> None:
    progress = PullProgress()
    progress.apply(layer(A, 500, 1000))
    progress.apply(layer(A, 300, 1000))
    assert progress.backward_steps == 1
    assert progress.events == 2
