"""The transcript: a virtualised, scrolling column of messages.

Only the messages in view (plus a screen above and below) exist as widgets; the others are a
height — measured once their widget existed, estimated from their length before that. So a chat
of thousands of messages opens as fast, and in as little memory, as a short one. The position
is kept as an *anchor* (a message and how far into it the top of the view is), so heights that
change as estimates become measurements never make the view jump.

Auto-scroll: while the view is at the bottom it follows new text; scrolling up stops that until
the user comes back down (or presses "Jump to the latest").
"""

from __future__ import annotations

import bisect
import itertools
import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QPushButton, QWidget

from desktop.storage.records import Message
from desktop.ui.chat.formatting import ErrorInfo
from desktop.ui.chat.frame_budget import PASS_S, Budget
from desktop.ui.chat.message_widget import SIDE_MARGIN, MessageContext, MessageWidget
from desktop.ui.chat.piece_column import Revealed
from desktop.ui.chat.transcript_heights import (
    ESTIMATE_PER_PASS,
    estimate_height,
    first_guesses,
)
from desktop.ui.chat.welcome import ChatWelcome

MARGIN_SCREENS = 1.0  # widgets kept beyond the view, in view heights, above and below
BOTTOM_SLACK = 4  # pixels from the end that still count as "at the bottom"
FLASH_MS = 1800
JUMP_STRIP_PADDING = 4  # around the "Jump to the latest" button, in its strip
LIVE_PASS_MS = 100  # pieces left to make while a reply streams in view: its frames make
# them; this pass is for a stream that paused


class TranscriptView(QAbstractScrollArea):
    """Messages of one conversation. ``action_requested(action, message_id)`` from any message."""

    action_requested = Signal(str, int)
    following_changed = Signal(bool)

    def __init__(self, context: MessageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("chatTranscript")
        self.setAccessibleName(self.tr("Conversation"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(True)
        self.viewport().setBackgroundRole(self.viewport().backgroundRole().Base)
        self.messages: list[Message] = []
        self._index: dict[int, int] = {}  # message id -> position
        self._heights: list[int] = []
        self._measured: list[bool] = []
        self._tops: list[int] = [0]
        self._widgets: dict[int, MessageWidget] = {}
        self._errors: dict[int, ErrorInfo] = {}
        self._pinned: set[int] = set()  # message ids whose widget must stay (the live reply)
        self._anchor = (0, 0)
        self._follow = True
        self._width = 0
        self._setting_scrollbar = False
        self._relayout_timer = QTimer(self)  # a pass queued for the loop (one at a time)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.timeout.connect(self._relayout)
        self._rough: list[int] = []  # messages whose height is still a typical one
        self._guess = (80, 17)  # characters per line and line height of the last guesses
        self._rough_timer = QTimer(self)
        self._rough_timer.setSingleShot(True)
        self._rough_timer.timeout.connect(self._estimate_more)
        self.widgets_created = 0
        self.flooding = False  # the live reply arrives far faster than anyone reads
        self.verticalScrollBar().valueChanged.connect(self._scrolled_by_user)
        self.verticalScrollBar().setSingleStep(40)
        self.jump_button = QPushButton(self.tr("↓ Jump to the latest"), self)
        self.jump_button.setObjectName("chatJumpToLatest")
        self.jump_button.setAccessibleName(self.tr("Jump to the latest message"))
        self.jump_button.setToolTip(self.tr("Scroll to the end and follow the reply again"))
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.clicked.connect(self.scroll_to_bottom)
        self.jump_button.hide()
        self.welcome = ChatWelcome(self.viewport())  # what an empty chat shows
        self.welcome.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._flashed: int | None = None

    # --- content ------------------------------------------------------------------------------

    def set_messages(
        self, messages: Sequence[Message], *, position: float | None = None, keep: bool = False
    ) -> None:
        """Show ``messages``. ``position``: where to open (None: at the end). ``keep``: stay
        where the view is (a thread that changed around the same messages)."""
        started = time.perf_counter()
        anchor_id = None
        if keep and self.messages and not self._follow:
            anchor_index, _anchor_px = self._anchor
            if anchor_index < len(self.messages):
                anchor_id = self.messages[anchor_index].id
        old_widgets = self._widgets
        self.messages = list(messages)
        self._index = {message.id: i for i, message in enumerate(self.messages)}
        self._widgets = {}
        for message_id, widget in old_widgets.items():
            index = self._index.get(message_id)
            if (
                index is not None
                and self.messages[index] == widget.message
                and not (widget.message.is_streaming)
            ):
                self._widgets[message_id] = widget
            else:
                widget.hide()
                widget.deleteLater()
        self._pinned &= set(self._index)
        if anchor_id is not None and anchor_id in self._index:
            around = self._index[anchor_id]
        elif position is not None and not keep:
            around = int(position)
        else:
            around = len(self.messages) - 1
        self._estimate_all(around)
        for message_id, widget in self._widgets.items():
            index = self._index[message_id]
            self._heights[index] = widget.height_for(self._content_width())
            self._measured[index] = True
        self._recompute_tops()
        if anchor_id is not None and anchor_id in self._index:
            self._anchor = (self._index[anchor_id], self._anchor[1])
        elif keep and not self._follow:
            self._anchor = (min(self._anchor[0], max(0, len(self.messages) - 1)), self._anchor[1])
        elif position is None:
            self._set_follow(True)
        else:
            self._set_follow(False)
            self._anchor = self._anchor_from_position(position)
        if time.perf_counter() - started > PASS_S:
            # A chat so long that estimating its heights took a pass's share of the frame
            # (20,000 messages): its widgets are made on the next turn, after a paint.
            self.schedule_relayout()
        else:
            self._relayout()

    def append_messages(self, messages: Sequence[Message]) -> None:
        """New messages at the end (a message sent and its reply starting): the view follows
        them, and nothing above is measured or made again."""
        width = self._content_width()
        if width != self._width or not self.messages:
            self.set_messages([*self.messages, *messages])
            return
        metrics = QFontMetrics(self.font())
        per_line = max(10, int((width - 2 * SIDE_MARGIN - 20) / max(1, metrics.averageCharWidth())))
        for message in messages:
            self._index[message.id] = len(self.messages)
            self.messages.append(message)
            self._heights.append(estimate_height(message, per_line, metrics.lineSpacing()))
            self._measured.append(False)
        self._set_follow(True)
        self._relayout()

    def update_message(self, message: Message, error: ErrorInfo | None = None) -> None:
        """A stored message changed (a reply finished): redraw it in place."""
        if error is not None:
            self._errors[message.id] = error
        index = self._index.get(message.id)
        if index is None:
            return
        self.messages[index] = message
        widget = self._widgets.get(message.id)
        if widget is not None:
            if widget.body.streaming:
                widget.finish(message, self._errors.get(message.id))
            else:
                self._drop_widget(message.id)
        self._pinned.discard(message.id)
        self._measured[index] = False
        self.schedule_relayout()

    def redraw(self, message_ids: Iterable[int]) -> None:
        """Messages whose marks changed, not their text: a widget made already updates its
        notes, the others show them when made (the live reply keeps its widget)."""
        for message_id in message_ids:
            index = self._index.get(message_id)
            if index is None or message_id in self._pinned:
                continue
            widget = self._widgets.get(message_id)
            if widget is not None:
                widget.update_notes()  # in place: remaking a long reply would cost frames
            self._measured[index] = False
        self.schedule_relayout()

    def restyle(self) -> None:
        """The colours changed (light/dark): make every message widget again with them.

        The live reply's widget is kept: it is redrawn when it ends."""
        for message_id in [key for key in self._widgets if key not in self._pinned]:
            self._drop_widget(message_id)
        self._measured = [False] * len(self.messages)
        self.schedule_relayout()

    def set_error(self, message_id: int, error: ErrorInfo) -> None:
        self._errors[message_id] = error

    def error_for(self, message_id: int) -> ErrorInfo | None:
        """What went wrong with a reply in this session (stored replies keep only the words)."""
        return self._errors.get(message_id)

    def live_widget(self, message_id: int) -> MessageWidget | None:
        """The widget of the reply being written, created if needed and kept while it streams."""
        index = self._index.get(message_id)
        if index is None:
            return None
        self._pinned.add(message_id)
        return self._ensure_widget(index)

    def widget_for(self, message_id: int) -> MessageWidget | None:
        """The message's widget if it exists now (it is in or near the view)."""
        return self._widgets.get(message_id)

    def visible_widgets(self) -> list[MessageWidget]:
        return [self._widgets[m.id] for m in self.messages if m.id in self._widgets]

    # --- position -----------------------------------------------------------------------------

    @property
    def following(self) -> bool:
        return self._follow

    def position(self) -> float | None:
        """Where the view is, to reopen it there: None at the end, else index + fraction."""
        if self._follow or not self.messages:
            return None
        index, pixels = self._anchor
        height = max(1, self._heights[index]) if index < len(self._heights) else 1
        return index + min(0.999, pixels / height)

    def scroll_to_bottom(self) -> None:
        self._set_follow(True)
        self._relayout()

    def scroll_to_message(self, message_id: int, terms: Sequence[str] = ()) -> bool:
        """Bring a message into view (a search hit), highlight ``terms`` in it and flash it."""
        index = self._index.get(message_id)
        if index is None:
            return False
        self._set_follow(False)
        self._anchor = (index, 0)
        self._relayout()
        widget = self._widgets.get(message_id)
        if widget is None:
            return False
        found = widget.highlight([term for term in terms if term])
        y = widget.first_highlight_y() if found else None
        self._anchor = (index, 0 if y is None else max(0, y - 60))
        self._relayout()
        self._flash(message_id)
        return True

    # --- Qt events ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.welcome.setGeometry(self.viewport().rect())
        self._place_jump_button()
        self._relayout()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a message's layout changed its size
            for message_id in self._widgets:
                self._measured[self._index[message_id]] = False
            self.schedule_relayout()
        return super().viewportEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolling is done by placing widgets, not by moving pixels."""

    # --- internals: heights -------------------------------------------------------------------

    def _content_width(self) -> int:
        return max(200, self.viewport().width())

    def _estimate_all(self, around: int | None = None) -> None:
        """Guess every message's height. A long chat is guessed near ``around`` (the anchor)
        now and the rest a few thousand messages per pass of the loop afterwards: the view
        is anchored to a message, so better guesses elsewhere never move it."""
        width = self._content_width()
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        per_line = max(10, int((width - 2 * SIDE_MARGIN - 20) / max(1, metrics.averageCharWidth())))
        self._guess = (per_line, line)
        count = len(self.messages)
        if around is None:
            around = count - 1 if self._follow else self._anchor[0]
        self._heights, self._rough = first_guesses(self.messages, around, per_line, line)
        self._measured = [False] * count
        self._width = width
        if self._rough:
            self._rough_timer.start(0)

    def _estimate_more(self) -> None:
        """Guess the heights of the next messages still at a typical one; place again."""
        if not self._rough:
            return
        per_line, line = self._guess
        take, self._rough = self._rough[-ESTIMATE_PER_PASS:], self._rough[:-ESTIMATE_PER_PASS]
        messages, heights, measured = self.messages, self._heights, self._measured
        for index in take:
            if index < len(messages) and not measured[index]:
                heights[index] = estimate_height(messages[index], per_line, line)
        self._relayout()
        if self._rough:
            self._rough_timer.start(0)

    def _recompute_tops(self) -> None:
        self._tops = [0, *itertools.accumulate(self._heights)]

    def _total(self) -> int:
        return self._tops[-1]

    def _anchor_from_position(self, position: float) -> tuple[int, int]:
        if not self.messages:
            return (0, 0)
        index = max(0, min(len(self.messages) - 1, int(position)))
        fraction = max(0.0, position - int(position))
        return (index, int(fraction * self._heights[index]))

    def _offset(self) -> int:
        limit = max(0, self._total() - self.viewport().height())
        if self._follow:
            return limit
        index, pixels = self._anchor
        index = min(index, len(self._tops) - 1)
        return max(0, min(limit, self._tops[index] + pixels))

    def _anchor_at(self, offset: int) -> tuple[int, int]:
        if not self.messages:
            return (0, 0)
        index = max(0, min(len(self.messages) - 1, bisect.bisect_right(self._tops, offset) - 1))
        return (index, offset - self._tops[index])

    # --- internals: widgets -------------------------------------------------------------------

    def _ensure_widget(self, index: int) -> MessageWidget:
        message = self.messages[index]
        widget = self._widgets.get(message.id)
        if widget is None:
            widget = MessageWidget(
                message, self.context, error=self._errors.get(message.id), parent=self.viewport()
            )
            widget.action_requested.connect(self.action_requested)
            widget.changed.connect(lambda message_id=message.id: self._message_changed(message_id))
            self._widgets[message.id] = widget
            self._measured[index] = False
            self.widgets_created += 1
        return widget

    def _drop_widget(self, message_id: int) -> None:
        widget = self._widgets.pop(message_id, None)
        if widget is not None:
            widget.hide()
            widget.deleteLater()

    def _message_changed(self, message_id: int) -> None:
        index = self._index.get(message_id)
        if index is not None:
            self._measured[index] = False
            self.schedule_relayout()

    @property
    def relayout_pending(self) -> bool:
        """A change is queued for the next pass of the loop: sizes and places aren't final."""
        return self._relayout_timer.isActive() or self._rough_timer.isActive()

    def schedule_relayout(self, delay_ms: int = 0) -> None:
        """A pass on a later turn of the loop (one, however often this is asked; a pass done
        before it makes it unneeded)."""
        timer = self._relayout_timer
        if not timer.isActive() or timer.remainingTime() > delay_ms:
            timer.start(delay_ms)

    def relayout_now(self, budget: Budget | None = None) -> None:
        """Measure and place now; ``budget``: what is left of the frame for making pieces."""
        self._relayout(budget)

    def _relayout(self, budget: Budget | None = None) -> None:
        """Measure and place the messages near the view, then let them make the pieces of
        text that are in view — within a time budget: what is left is made on the next
        passes of the loop, so no pass (a frame while a reply streams, a scroll step, opening
        a long chat) takes longer than a frame, however long the messages are."""
        self._relayout_timer.stop()
        width = self._content_width()
        if width != self._width:
            self._estimate_all()
        if self.flooding and self._follow and self._pinned:
            budget = Budget.none()  # a flood scrolls past: pieces are made once it slows
        budget = budget or Budget()
        incomplete = False
        for _ in range(3):
            offset = self._settle(width)
            revealed = self._reveal(offset, budget)
            incomplete = revealed.incomplete
            if not revealed.changed:
                break
        else:
            self._settle(width)
        if incomplete:
            # While a reply streams in view, its frames go on making pieces; passes in
            # between would take the time the stream needs.
            live = self._follow and bool(self._pinned)
            self.schedule_relayout(LIVE_PASS_MS if live else 0)

    def _settle(self, width: int) -> int:
        """Measure the messages near the view until their heights hold, make and drop their
        widgets, place them; the offset of the view."""
        viewport_height = self.viewport().height()
        margin = int(viewport_height * MARGIN_SCREENS)
        wanted: set[int] = set()
        for _ in range(4):  # measuring can move things: settle in a few passes
            self._recompute_tops()
            offset = self._offset()
            if not self._follow:
                self._anchor = self._anchor_at(offset)
            first = max(0, bisect.bisect_right(self._tops, offset - margin) - 1)
            last = min(
                len(self.messages),
                bisect.bisect_left(self._tops, offset + viewport_height + margin),
            )
            wanted = {self.messages[i].id for i in range(first, last)} | self._pinned
            changed = False
            for message_id in wanted:
                index = self._index[message_id]
                widget = self._ensure_widget(index)
                if not self._measured[index]:
                    height = widget.height_for(width)
                    self._measured[index] = True
                    if height != self._heights[index]:
                        self._heights[index] = height
                        changed = True
            if not changed:
                break
        for message_id in [key for key in self._widgets if key not in wanted]:
            self._drop_widget(message_id)
        self._recompute_tops()
        offset = self._offset()
        for message_id, widget in self._widgets.items():
            index = self._index[message_id]
            widget.setGeometry(0, self._tops[index] - offset, width, self._heights[index])
            if widget.isHidden():
                widget.show()
        self._update_scrollbar(offset, viewport_height)
        self.welcome.setVisible(not self.messages)
        return offset

    def _reveal(self, offset: int, budget: Budget) -> Revealed:
        """Messages in view first, then those near it, make the text pieces the view needs.
        A piece above the top of the view that grew moves the anchor with it (no jump)."""
        viewport_height = self.viewport().height()
        total = Revealed()

        def distance(message_id: int) -> int:
            index = self._index[message_id]
            top, bottom = self._tops[index] - offset, self._tops[index + 1] - offset
            return max(0, top - viewport_height, -bottom)

        for message_id in sorted(self._widgets, key=distance):
            index = self._index[message_id]
            widget_top = self._tops[index] - offset
            # Following a reply as it is written, what scrolls away above is not made ahead.
            ahead = not (self._follow and message_id in self._pinned)
            result = self._widgets[message_id].reveal(
                -widget_top, viewport_height - widget_top, budget, ahead=ahead
            )
            if result.changed:
                self._measured[index] = False
                anchor_index, anchor_pixels = self._anchor
                if not self._follow and anchor_index == index and result.shift:
                    self._anchor = (index, max(0, anchor_pixels + result.shift))
            total.add(result)
        return total

    def _update_scrollbar(self, offset: int, viewport_height: int) -> None:
        bar = self.verticalScrollBar()
        self._setting_scrollbar = True
        try:
            bar.setRange(0, max(0, self._total() - viewport_height))
            bar.setPageStep(max(1, viewport_height))
            bar.setValue(offset)
        finally:
            self._setting_scrollbar = False
        self._show_jump_button(not self._follow and self._total() > viewport_height)

    def _scrolled_by_user(self, value: int) -> None:
        if self._setting_scrollbar:
            return
        bar = self.verticalScrollBar()
        at_bottom = value >= bar.maximum() - BOTTOM_SLACK
        self._set_follow(at_bottom)
        if not at_bottom:
            self._anchor = self._anchor_at(value)
        self._relayout()

    def _set_follow(self, follow: bool) -> None:
        if follow != self._follow:
            self._follow = follow
            self.following_changed.emit(follow)

    def _show_jump_button(self, shown: bool) -> None:
        """The button sits in a strip of its own under the messages, never over their text:
        the view gives up that strip while the button shows."""
        if shown == self.jump_button.isVisibleTo(self):
            return
        self.jump_button.adjustSize()
        strip = self.jump_button.height() + 2 * JUMP_STRIP_PADDING if shown else 0
        self.jump_button.setVisible(shown)
        self.setViewportMargins(0, 0, 0, strip)
        self._place_jump_button()

    def _place_jump_button(self) -> None:
        button = self.jump_button
        button.adjustSize()
        viewport = self.viewport().geometry()
        button.move(
            viewport.x() + (viewport.width() - button.width()) // 2,
            viewport.bottom() + 1 + JUMP_STRIP_PADDING,
        )
        button.raise_()

    def _flash(self, message_id: int) -> None:
        self._end_flash()
        widget = self._widgets.get(message_id)
        if widget is None:
            return
        widget.flash(True)
        self._flashed = message_id
        self._flash_timer.start(FLASH_MS)

    def _end_flash(self) -> None:
        if self._flashed is not None:
            widget = self._widgets.get(self._flashed)
            if widget is not None:
                widget.flash(False)
            self._flashed = None
