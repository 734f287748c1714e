"""Read one pull stream to its end, noticing when bytes stop coming.

Ollama keeps sending progress lines during a stall (the same ``completed`` over and over), and
sometimes sends nothing at all; either way what matters is whether new bytes arrive. A watchdog
checks that while the pull is preparing or downloading (verifying a big file legitimately takes
minutes without new bytes) and gives up on the connection after ``stall_timeout`` seconds, so
the caller can reconnect: Ollama resumes from its partial files.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

from desktop.ollama.types import ProgressEvent
from desktop.services.downloads.progress import Phase, PullProgress
from desktop.services.downloads.speed import SpeedMeter

WATCHED_PHASES = (Phase.PREPARING, Phase.DOWNLOADING)


class Stalled(Exception):
    """No new bytes arrived for the stall timeout."""


class EndedEarly(Exception):
    """The stream ended without ``success`` and without an error line."""


async def read_pull(
    stream: AsyncIterator[list[ProgressEvent]],
    progress: PullProgress,
    meter: SpeedMeter,
    *,
    stall_timeout: float,
    on_event: Callable[[], None],
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Consume batches of events into ``progress`` until ``success``; raises
    :class:`Stalled`, :class:`EndedEarly` or the stream's own error. ``on_event`` is called
    once per batch. The caller closes the stream."""
    me = asyncio.current_task()
    last_growth = clock()
    finished = False

    async def consume() -> None:
        nonlocal last_growth, finished
        async for batch in stream:
            new_bytes, moved = progress.apply_batch(batch)
            meter.add(new_bytes)
            if moved:
                last_growth = clock()
            on_event()
            if progress.phase is Phase.DONE:
                finished = True
                return

    reader = asyncio.ensure_future(consume())
    check_every = max(0.02, min(1.0, stall_timeout / 4))
    try:
        while True:
            done, _ = await asyncio.wait({reader}, timeout=check_every)
            if done:
                reader.result()  # raises the stream's error, if any
                if not finished:
                    raise EndedEarly
                return
            if progress.phase in WATCHED_PHASES and clock() - last_growth >= stall_timeout:
                raise Stalled
    finally:
        if reader.done():
            if not reader.cancelled():
                reader.exception()  # read: stopped as it failed, the error is not news
        else:
            reader.cancel()
            try:
                await reader
            except asyncio.CancelledError:
                if me is not None and me.cancelling():
                    raise  # our caller's cancellation (pause, cancel) goes on
            except Exception:  # the reader's own end while being stopped: nothing to report
                pass
