"""Reply saves a full disk refused, kept in memory until there is room again.

A reply's every save holds its whole text so far, so only the newest refused save per reply
needs keeping. Whoever next writes to the store retries them first (the chat session does
before each of its writes), the session retries them now and then while any are left, and
closing the store tries once more. What still cannot be written is not lost from disk either:
the last text that was saved stays, and the row, still ``streaming``, is marked interrupted
when the database is next opened.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop.storage.database import StorageFull
from desktop.storage.records import ReplySave

log = logging.getLogger(__name__)


class PendingSaves:
    """The newest refused save of each reply. Thread-safe: kept on one thread, retried on
    another."""

    def __init__(self) -> None:
        # Each save with the writer that made it: writing through it keeps the writer's count
        # of what reached the disk, so an older save still on its way can't overwrite it.
        self._saves: dict[int, tuple[ReplySave, Callable[[ReplySave], None]]] = {}
        self._lock = threading.Lock()
        self.failed_retries = 0  # how often the disk was still full (for the log and tests)

    def __len__(self) -> int:
        with self._lock:
            return len(self._saves)

    def __contains__(self, message_id: object) -> bool:
        with self._lock:
            return message_id in self._saves

    def keep(self, save: ReplySave, write: Callable[[ReplySave], None]) -> None:
        """Remember ``save`` (to be written by ``write``) unless a newer save of the same reply
        is already kept."""
        with self._lock:
            kept = self._saves.get(save.message_id)
            if kept is None or kept[0].sequence <= save.sequence:
                self._saves[save.message_id] = (save, write)

    def forget(self, message_id: int, up_to: int) -> None:
        """A save of ``message_id`` numbered ``up_to`` or later reached the disk."""
        with self._lock:
            kept = self._saves.get(message_id)
            if kept is not None and kept[0].sequence <= up_to:
                del self._saves[message_id]

    def retry(self) -> int:
        """Write every kept save, oldest reply first; how many were written. Raises
        :class:`StorageFull` (keeping the rest) when the disk is still full."""
        with self._lock:
            saves = sorted(self._saves.values(), key=lambda kept: kept[0].message_id)
        written = 0
        for save, write in saves:
            try:
                write(save)
            except StorageFull:
                self.failed_retries += 1
                raise
            self.forget(save.message_id, save.sequence)
            written += 1
        if written:
            log.info("saved %d reply(ies) a full disk had refused", written)
        return written

    def retry_quietly(self) -> bool:
        """``retry`` without raising: True when nothing is left unsaved."""
        if not self:
            return True
        try:
            self.retry()
        except StorageFull:
            return False
        return True
