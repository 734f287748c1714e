"""Draws the reply being written, once per frame, whatever rate the tokens arrive at.

The session adapter buffers text as it arrives; this pump takes the whole batch every
``FRAME_MS`` and hands it to the live message widget, which renders only what changed (its
finished blocks were rendered once). The thinking clock ticks here too.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from desktop.services.chat.events import ReplyPhase
from desktop.ui.chat.frame_budget import Budget
from desktop.ui.chat.session_adapter import SessionAdapter
from desktop.ui.chat.transcript import TranscriptView

FRAME_MS = 33
FLOOD_CHARS = 800  # text arriving per frame beyond which a frame makes no finished pieces


class LiveReplyPump(QObject):
    """Feeds one live reply at a time into the transcript, a frame at a time."""

    def __init__(self, transcript: TranscriptView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.transcript = transcript
        self.adapter: SessionAdapter | None = None
        self.message_id: int | None = None
        self.frame_costs: list[float] | None = None  # set to a list to record (benchmarks)
        self._thinking_since: float | None = None
        self._thought_for: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.frame)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, adapter: SessionAdapter, message_id: int) -> None:
        self.adapter = adapter
        self.message_id = message_id
        self._thinking_since = None
        self._thought_for = None
        self.transcript.live_widget(message_id)
        self._timer.start()

    def stop(self) -> None:
        """Draw what is left, then stop (the reply ended, or the view moved to another chat)."""
        if self.adapter is not None and self.message_id is not None:
            self.frame()
        self._timer.stop()
        self.transcript.flooding = False
        self.adapter = None
        self.message_id = None

    def set_phase(self, phase: ReplyPhase) -> None:
        widget = self._widget()
        if phase is ReplyPhase.THINKING and self._thinking_since is None:
            self._thinking_since = time.monotonic()
        elif phase is not ReplyPhase.THINKING and self._thinking_since is not None:
            self._thought_for = time.monotonic() - self._thinking_since
            self._thinking_since = None
        if widget is not None:
            widget.set_phase(phase, self._thought_for if self._thinking_since is None else 0.0)

    def frame(self) -> None:
        if self.adapter is None or self.message_id is None:
            return
        widget = self._widget()
        if widget is None:
            return
        started = time.perf_counter()
        arrived = 0
        if self.adapter.has_text:
            content, thinking = self.adapter.take_text()
            arrived = len(content) + len(thinking)
            widget.append(content, thinking)
        if self._thinking_since is not None:
            widget.set_thinking_time(time.monotonic() - self._thinking_since, running=True)
        # In a flood (far faster than anyone reads) finished pieces scroll away at once:
        # they are made when the stream slows or ends, and a frame only draws the newest
        # text, plain. What the tail cost comes out of the frame's budget for pieces.
        flood = arrived > FLOOD_CHARS
        drew = widget.render_frame(flood=flood)
        if drew and self.transcript.following:
            self.transcript.flooding = flood
            self.transcript.relayout_now(Budget(start=started))
        if self.frame_costs is not None and drew:
            self.frame_costs.append(time.perf_counter() - started)

    def _widget(self):  # type: ignore[no-untyped-def]
        if self.message_id is None:
            return None
        return self.transcript.live_widget(self.message_id)
