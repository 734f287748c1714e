"""The folded download list's one line."""

from __future__ import annotations

from desktop.services.downloads.progress import PullProgress
from desktop.services.downloads.queue import DownloadItem, State
from desktop.services.downloads.summary import downloads_summary


def item(state: State, completed: int = 0, total: int = 0) -> DownloadItem:
    return DownloadItem(name="m", state=state, progress=PullProgress(completed, total))


def test_unfinished_downloads_count_and_their_bytes_together_make_the_share() -> None:
    assert downloads_summary([item(State.ACTIVE, 300, 1000), item(State.QUEUED, 150, 0)]) == (
        "2 downloads · 30%"
    )
    # The big one weighs more: 100 of 100 and 350 of 900 make 450 of 1000.
    two = [item(State.ACTIVE, 100, 100), item(State.ACTIVE, 350, 900)]
    assert downloads_summary(two) == "2 downloads · 45%"
    assert downloads_summary([item(State.QUEUED)]) == "1 download"
    assert downloads_summary([item(State.PAUSED, 1, 4)]) == "1 download · 25% · paused"
    mixed = [item(State.ACTIVE, 1, 2), item(State.FAILED), item(State.DONE, 5, 5)]
    assert downloads_summary(mixed) == "1 download · 50% · 1 failed"


def test_a_list_with_nothing_left_to_do_says_how_it_ended() -> None:
    assert downloads_summary([item(State.DONE, 5, 5)]) == "All downloads finished"
    assert downloads_summary([item(State.FAILED), item(State.FAILED)]) == "2 downloads failed"
