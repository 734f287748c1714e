"""Saving a reply while it streams: at least once a second, and at every possible end.

Tokens arrive tens of times a second; writing each one would cost a transaction per token. The
writer keeps them in memory and writes the whole text so far when a second has passed since the
last write, so a crash or ``kill -9`` loses at most the last second. Every end writes at once:
``finish`` (complete), ``fail`` (server error, partial kept), ``interrupt`` (Stop). A reply whose
app died mid-way stays ``streaming`` on disk and becomes ``interrupted`` when the database is
next opened. The clock is injectable so tests need no sleeps.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.storage.messages import MessageRepository
from desktop.storage.records import MessageState, ReplyStats

FLUSH_INTERVAL = 1.0


class ReplyWriter:
    """Buffers one streaming reply (``message_id``, saved beforehand as ``streaming``)."""

    def __init__(
        self,
        messages: MessageRepository,
        message_id: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        flush_interval: float = FLUSH_INTERVAL,
    ) -> None:
        self.message_id = message_id
        self._messages = messages
        self._clock = clock
        self._interval = flush_interval
        self._content: list[str] = []
        self._thinking: list[str] = []
        self._last_flush = clock()
        self._dirty = False
        self._thinking_started: float | None = None
        self._thinking_ended: float | None = None
        self.flushes = 0
        self.state: MessageState = MessageState.STREAMING

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

    def append(self, content: str = "", thinking: str = "") -> bool:
        """Add text; writes when a second has passed since the last write. True if it wrote."""
        if self.closed:
            return False
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
        if self._dirty and self._clock() - self._last_flush >= self._interval:
            self.flush()
            return True
        return False

    def due_in(self) -> float | None:
        """Seconds until unsaved text must be written (0: now); None when nothing is unsaved.
        Lets the caller schedule a write for text that arrived just before the stream stalled."""
        if not self._dirty or self.closed:
            return None
        return max(0.0, self._interval - (self._clock() - self._last_flush))

    def flush_if_due(self) -> bool:
        due = self.due_in()
        if due is not None and due <= 0:
            self.flush()
            return True
        return False

    def flush(self) -> None:
        """Write the text so far (the reply stays ``streaming``)."""
        if self.closed:
            return
        self._write()
        self._dirty = False

    def finish(self, stats: ReplyStats | None = None, done_reason: str | None = None) -> None:
        """The reply ended normally: write everything with its figures, mark it complete."""
        self._close(MessageState.COMPLETE, stats=stats, done_reason=done_reason)

    def fail(self, error: str) -> None:
        """The server failed mid-way: keep what arrived, mark it with the plain reason."""
        self._close(MessageState.ERROR, error=error)

    def interrupt(self) -> None:
        """Stopped (the user, or the app closing): keep what arrived, mark it interrupted."""
        self._close(MessageState.INTERRUPTED)

    def _close(
        self,
        state: MessageState,
        *,
        stats: ReplyStats | None = None,
        done_reason: str | None = None,
        error: str | None = None,
    ) -> None:
        if self.closed:
            return
        if self._thinking_started is not None and self._thinking_ended is None:
            self._thinking_ended = self._clock()
        self._write(state=state, stats=stats, done_reason=done_reason, error=error)
        self.state = state
        self._dirty = False

    def _write(self, **end: object) -> None:
        self._messages.save_reply(
            self.message_id,
            content=self.content,
            thinking=self.thinking,
            thinking_duration=self.thinking_duration,
            **end,  # type: ignore[arg-type]
        )
        self._last_flush = self._clock()
        self.flushes += 1
