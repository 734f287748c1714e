"""Saving a reply while it streams: at least once a second, and at every possible end.

Tokens arrive tens of times a second; writing each one would cost a transaction per token. The
writer keeps them in memory and writes the whole text so far when a second has passed since the
last write, so a crash or ``kill -9`` loses at most the last second. Every end writes at once:
``finish`` (complete), ``fail`` (server error, partial kept), ``interrupt`` (Stop). A reply whose
app died mid-way stays ``streaming`` on disk and becomes ``interrupted`` when the database is
next opened. The clock is injectable so tests need no sleeps.

Two ways to use it. Blocking (one thread): ``append`` writes when a save is due, and ``finish``,
``fail``, ``interrupt`` write at once. Split (the chat session): ``add`` only buffers, ``take``
snapshots a :class:`ReplySave` on the loop's thread and ``write`` puts it on disk on the storage
thread, so the text the loop keeps adding is never read while it changes.

A save the full disk refuses is kept in ``pending`` (see :mod:`desktop.storage.pending`): the
text stays in memory and reaches the disk when there is room again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from desktop.storage.database import StorageFull
from desktop.storage.messages import MessageRepository
from desktop.storage.pending import PendingSaves
from desktop.storage.records import MessageState, ReplySave, ReplyStats

log = logging.getLogger(__name__)

FLUSH_INTERVAL = 1.0


def write_reply(messages: MessageRepository, save: ReplySave) -> None:
    """Put one save on disk (any thread that may use the store)."""
    messages.save_reply(
        save.message_id,
        content=save.content,
        thinking=save.thinking,
        thinking_duration=save.thinking_duration,
        state=save.state,
        error=save.error,
        done_reason=save.done_reason,
        stats=save.stats,
    )


class ReplyWriter:
    """Buffers one streaming reply (``message_id``, saved beforehand as ``streaming``)."""

    def __init__(
        self,
        messages: MessageRepository,
        message_id: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        flush_interval: float = FLUSH_INTERVAL,
        pending: PendingSaves | None = None,
    ) -> None:
        self.message_id = message_id
        self._messages = messages
        self._clock = clock
        self._interval = flush_interval
        self.pending = pending if pending is not None else PendingSaves()
        self._content: list[str] = []
        self._thinking: list[str] = []
        self._last_flush = clock()
        self._dirty = False
        self._thinking_started: float | None = None
        self._thinking_ended: float | None = None
        self._taken = 0  # sequence of the last save taken
        self._written = 0  # sequence of the newest save on disk
        self._write_lock = threading.Lock()
        self.flushes = 0
        self.state: MessageState = MessageState.STREAMING
        self.last_save: ReplySave | None = None

    @property
    def content(self) -> str:
        if len(self._content) > 1:
            self._content = ["".join(self._content)]
        return self._content[0] if self._content else ""

    @property
    def thinking(self) -> str:
        if len(self._thinking) > 1:
            self._thinking = ["".join(self._thinking)]
        return self._thinking[0] if self._thinking else ""

    @property
    def closed(self) -> bool:
        return self.state is not MessageState.STREAMING

    @property
    def thinking_duration(self) -> float | None:
        """Seconds from the first thinking token to the first answer token (or to now)."""
        if self._thinking_started is None:
            return None
        end = self._thinking_ended if self._thinking_ended is not None else self._clock()
        return max(0.0, end - self._thinking_started)

    # --- buffering (the loop's thread) ------------------------------------------------------

    def add(self, content: str = "", thinking: str = "") -> None:
        """Add text to the buffer; nothing is written."""
        if self.closed:
            return
        if thinking:
            if self._thinking_started is None:
                self._thinking_started = self._clock()
            self._thinking.append(thinking)
            self._dirty = True
        if content:
            if self._thinking_started is not None and self._thinking_ended is None:
                self._thinking_ended = self._clock()
            self._content.append(content)
            self._dirty = True

    def due_in(self) -> float | None:
        """Seconds until unsaved text must be written (0: now); None when nothing is unsaved.
        Lets the caller schedule a write for text that arrived just before the stream stalled."""
        if not self._dirty or self.closed:
            return None
        return max(0.0, self._interval - (self._clock() - self._last_flush))

    def take(
        self,
        state: MessageState | None = None,
        *,
        stats: ReplyStats | None = None,
        done_reason: str | None = None,
        error: str | None = None,
    ) -> ReplySave | None:
        """A snapshot of the reply to write; with ``state`` it is the end (later text is
        ignored). None once the reply has ended."""
        if self.closed:
            return None
        thinking_open = self._thinking_started is not None and self._thinking_ended is None
        if state is not None and thinking_open:
            self._thinking_ended = self._clock()
        self._taken += 1
        save = ReplySave(
            self.message_id,
            self._taken,
            self.content,
            self.thinking,
            self.thinking_duration,
            state=state,
            error=error,
            done_reason=done_reason,
            stats=stats,
        )
        if state is not None:
            self.state = MessageState(state)
        self._dirty = False
        self._last_flush = self._clock()
        self.last_save = save
        return save

    # --- writing (the storage thread) -------------------------------------------------------

    def write(self, save: ReplySave | None) -> None:
        """Put ``save`` on disk unless a newer one already is. A full disk raises
        :class:`StorageFull` and keeps the save for a later retry; the row keeps the text last
        saved (and, left ``streaming``, becomes interrupted at the next start if never saved)."""
        if save is None:
            return
        with self._write_lock:
            if save.sequence <= self._written:
                return
            try:
                write_reply(self._messages, save)
            except StorageFull:
                self.pending.keep(save, self.write)
                raise
            self._written = save.sequence
            self.pending.forget(self.message_id, save.sequence)
            self.flushes += 1

    # --- blocking use (one thread) ----------------------------------------------------------

    def append(self, content: str = "", thinking: str = "") -> bool:
        """Add text; writes when a second has passed since the last write. True if it wrote."""
        if self.closed:
            return False
        self.add(content, thinking)
        return self.flush_if_due()

    def flush_if_due(self) -> bool:
        due = self.due_in()
        if due is not None and due <= 0:
            self.flush()
            return True
        return False

    def flush(self) -> None:
        """Write the text so far (the reply stays ``streaming``)."""
        self.write(self.take())

    def finish(self, stats: ReplyStats | None = None, done_reason: str | None = None) -> None:
        """The reply ended normally: write everything with its figures, mark it complete."""
        self.write(self.take(MessageState.COMPLETE, stats=stats, done_reason=done_reason))

    def fail(self, error: str) -> None:
        """The server failed mid-way: keep what arrived, mark it with the plain reason."""
        self.write(self.take(MessageState.ERROR, error=error))

    def interrupt(self) -> None:
        """Stopped (the user, or the app closing): keep what arrived, mark it interrupted.

        Never raises for a full disk: this runs while the app closes, when there is no one
        left to tell; the save stays pending and closing the store retries it."""
        try:
            self.write(self.take(MessageState.INTERRUPTED))
        except StorageFull as exc:
            log.warning("reply %d could not be saved: %s", self.message_id, exc.detail)
