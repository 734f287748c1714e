"""``ReplySaves``: the timed saves behind a chat session — the flush of a stalled stream, the
retries after a full disk, and the waiting saves at close.

They hold their own timers, apart from the session's reply logic, so the rules for *when* text
reaches the disk live in one place.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from typing import Any

from desktop.services.chat.runner import StorageRunner
from desktop.storage.database import StorageError
from desktop.storage.records import ReplySave
from desktop.storage.reply_writer import ReplyWriter
from desktop.storage.store import ChatStore

log = logging.getLogger("desktop.services.chat.session")  # logs as the session did

RETRY_INTERVAL = 5.0  # seconds between tries to save what a full disk refused


class ReplySaves:
    """One session's save timers, run on its loop; the saves themselves go to ``operations``."""

    def __init__(
        self, store: ChatStore, operations: StorageRunner, *, retry_interval: float
    ) -> None:
        self.store = store
        self.operations = operations
        self.retry_interval = retry_interval
        self.closed = False
        self._flush_timer: asyncio.TimerHandle | None = None
        self._retry_timer: asyncio.TimerHandle | None = None

    def close(self) -> None:
        """No more retries: the session is going away (``retry_pending`` tries a last time)."""
        self.closed = True
        if self._retry_timer is not None:
            self._retry_timer.cancel()
            self._retry_timer = None

    def retry_pending(self) -> None:
        """Try once more, waiting, to save what a full disk refused (closing)."""
        if len(self.store.pending):
            self.wait_quietly(self.store.pending.retry)

    def save_now(self, writer: ReplyWriter, save: ReplySave | None) -> None:
        """Write ``save`` before returning (closing: the loop may not run again)."""
        if save is not None:
            self.wait_quietly(writer.write, save)

    def wait_quietly(self, work: Callable[..., object], *args: Any) -> None:
        try:
            if self.operations.closed:  # the storage thread is gone: no one else uses the file
                work(*args)
            else:
                self.operations.wait(work, *args)
        except StorageError as exc:  # kept in store.pending; closing the store tries again
            log.warning("could not save while closing: %s (%s)", exc, exc.detail)
        except Exception:  # closing goes on whatever happened: the next start marks the reply
            log.exception("could not save while closing")

    def cancel_flush(self) -> None:
        """The reply saves now or has ended: the timed save has nothing left to do."""
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None

    def schedule_flush(
        self, writer: ReplyWriter, on_failure: Callable[[ReplyWriter, BaseException], None]
    ) -> None:
        """Text that arrived just before the stream stalls still reaches the disk in time."""
        if self._flush_timer is not None:
            return
        due = writer.due_in()
        if due is None:
            return

        def flush() -> None:
            self._flush_timer = None
            due = writer.due_in()
            if due is None or self.operations.closed:
                return
            if due > 0:
                self.schedule_flush(writer, on_failure)
                return
            self.operations.run(
                functools.partial(writer.write, writer.take()),
                on_failure=functools.partial(on_failure, writer),
            )

        self._flush_timer = asyncio.get_running_loop().call_later(due, flush)

    def schedule_retry(self) -> None:
        """Try again now and then to save what the full disk refused."""
        if self._retry_timer is not None or self.closed:
            return

        def retry() -> None:
            self._retry_timer = None
            if self.closed or self.operations.closed or not len(self.store.pending):
                return
            self.operations.run(
                self.store.pending.retry,
                on_success=lambda _count: self.schedule_retry() if self.store.pending else None,
                on_failure=self._retry_failed,
            )

        self._retry_timer = asyncio.get_running_loop().call_later(self.retry_interval, retry)

    def _retry_failed(self, error: BaseException) -> None:
        if isinstance(error, StorageError):
            self.schedule_retry()
        else:
            log.error("saving what a full disk refused failed", exc_info=error)
