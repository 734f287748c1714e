"""The chat's stream wrapper takes a fast stream a batch at a time, at a steady pace."""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import pytest

from desktop.ui.chat.session_adapter import BATCH_INTERVAL, CooperativeStream


class AlwaysReady:
    """A stream whose next batch is always there at once: a server faster than any model."""

    def __init__(self, batches: int) -> None:
        self.left = batches
        self.taken_at: list[float] = []

    async def next_batch(self) -> list[str]:
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        self.taken_at.append(time.perf_counter())
        return ["token"]


def test_batches_are_taken_at_most_once_per_interval(arun: Any) -> None:
    inner = AlwaysReady(batches=12)
    errors: list[BaseException] = []
    stream = CooperativeStream(inner, errors.append)

    async def drain() -> int:
        taken = 0
        with pytest.raises(StopAsyncIteration):
            while True:
                taken += len(await stream.next_batch())
        return taken

    assert arun(drain()) == 12 and not errors
    gaps = [later - earlier for earlier, later in itertools.pairwise(inner.taken_at)]
    assert BATCH_INTERVAL >= 0.004
    # Timers count whole milliseconds and may fire up to 5% early; a busy machine only delays.
    assert min(gaps) >= 0.75 * BATCH_INTERVAL, sorted(gaps)[:3]


def test_a_batch_after_a_quiet_spell_is_taken_at_once(arun: Any) -> None:
    """Pacing never delays the first chunk after a pause: a slow model's words show at once."""
    inner = AlwaysReady(batches=2)
    stream = CooperativeStream(inner, lambda error: None)

    async def two_apart() -> float:
        await stream.next_batch()
        await asyncio.sleep(2 * BATCH_INTERVAL)
        asked = time.perf_counter()
        await stream.next_batch()
        return inner.taken_at[-1] - asked

    assert arun(two_apart()) < BATCH_INTERVAL / 4
