"""A pull stopped at the moment its stream failed: the failure is not left unread.

Closing the window cancels every pull. When the stream's reader had just ended with an error,
that error used to stay unread in the reader task, and asyncio reported it ("exception was
never retrieved") whenever the task was collected, as an error of whatever ran then.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import AsyncIterator
from typing import Any

from desktop.ollama.errors import StreamBroken
from desktop.ollama.types import ProgressEvent
from desktop.services.downloads.job import read_pull
from desktop.services.downloads.progress import PullProgress
from desktop.services.downloads.speed import SpeedMeter


async def failing_stream() -> AsyncIterator[list[ProgressEvent]]:
    raise StreamBroken(server_message="pull model manifest: file does not exist")
    yield []  # pragma: no cover - makes this an async generator


def test_a_pull_cancelled_as_its_stream_fails_leaves_no_unread_error() -> None:
    reported: list[dict[str, Any]] = []

    async def scenario() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _loop, info: reported.append(info))
        pull = asyncio.ensure_future(
            read_pull(
                failing_stream(),
                PullProgress(),
                SpeedMeter(),
                stall_timeout=60.0,
                on_event=lambda: None,
            )
        )
        await asyncio.sleep(0)  # the pull starts its reader and waits for it
        await asyncio.sleep(0)  # the reader fails; the pull is told, but has not run yet
        pull.cancel()  # the window closes right then
        with contextlib.suppress(asyncio.CancelledError):
            await pull
        del pull
        gc.collect()  # an unread task error is reported when the task is collected
        await asyncio.sleep(0)

    asyncio.run(scenario())
    assert not reported, reported
