"""The text of one message as a column of pieces, made into widgets only near the view.

A finished reply is cut into blocks (:mod:`markdown_blocks`); runs of prose become one piece
(up to ``SEGMENT_CHARS``), each code block a piece of its own. A piece is a
:class:`~desktop.ui.chat.body_slots.Slot` — its text and a height — and becomes a widget only
when the transcript says it is in or near the view (:meth:`MessageBody.reveal`), within a time
budget per pass: a long reply opens, streams and scrolls at the cost of what is on screen, not
of its length. Pieces far from the view give their widget back (their measured height stays).

While a reply streams, new text is only buffered; once per frame ``render_pending`` feeds it to
the block splitter (cheap, no widgets), adds the blocks that finished as pieces, and re-renders
the open tail — a prose tail is at most ``SOFT_LIMIT`` characters, an open code block only
appends. Whatever the model writes, one piece lays out a bounded amount of text, and a text
longer than ``HUGE_CHARS`` (checked as it streams) is shown as plain text instead — its first
``SHOWN_CHARS`` in pieces of ``PLAIN_PIECE_CHARS``, with a note. Display only: the text that is
saved and copied is the whole one.
"""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from desktop.formats import number
from desktop.ui.chat.body_slots import (
    CODE,
    FIXED,
    PLAIN,
    PROSE,
    FontFigures,
    Slot,
    estimate_height,
    font_figures,
)
from desktop.ui.chat.code_block import CodeBlock, highlighting_ready
from desktop.ui.chat.frame_budget import Budget
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.markdown_blocks import Block, BlockSplitter, join_prose, split_blocks
from desktop.ui.chat.style import ChatStyle, monospace_font
from desktop.ui.chat.text_view import HUG_CHARS, MessageText
from desktop.ui.common.display_limits import (
    HUGE_CHARS,
    SHOWN_CHARS,
    RunBreaker,
    break_long_runs,
)

SEGMENT_CHARS = 2500  # prose per piece: what one piece costs to make stays small
CONTINUED_CHARS = 4000  # a paragraph cut for length goes on in a new piece past this
PLAIN_SLOT_CHARS = 6000  # a long message shown as written: characters per piece
PLAIN_PIECE_CHARS = 16_000  # a huge text shown plain: characters per piece
HUGE_FRAME_CHARS = 8000  # of a huge text streaming in, laid out per frame at most
FEED_CHARS = 32_000  # of markdown streaming in, cut into blocks per frame at most
FINISH_STEP_MS = 10  # after the reply ended, the rest is fed a step per this, not at once
SPACING = 6
PREFETCH_SCREENS = 0.75  # pieces this far beyond the view are made ahead, when time allows
KEEP_SCREENS = 2.5  # pieces farther than this from the view give their widget back
RELEASE_PER_PASS = 16  # widgets given back per pass at most (destroying them costs too)


@dataclass
class Revealed:
    """What a :meth:`MessageBody.reveal` pass did."""

    changed: bool = False  # a height changed: the message must be measured again
    shift: int = 0  # of that, the change above the top of the view (to keep the view still)
    incomplete: bool = False  # the time ran out with pieces near the view still to make

    def add(self, other: Revealed) -> None:
        self.changed |= other.changed
        self.shift += other.shift
        self.incomplete |= other.incomplete


class PlainPiece(MessageText):
    """A piece of a huge text shown plain; text is only ever appended to it."""

    def __init__(self, style: ChatStyle, guard: LinkGuard | None) -> None:
        super().__init__(guard=guard, style_sheet=style.document_css)
        self.setObjectName("messagePlain")
        self.chars = 0


class MessageBody(QWidget):
    """Rendered markdown of one message; ``changed`` after anything that may change height."""

    changed = Signal()

    def __init__(
        self, style: ChatStyle, guard: LinkGuard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageBody")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._style = style
        self._guard = guard
        self._slots: list[Slot] = []
        # (width, tops): tops[i] is where piece i starts, tops[i + 1] - SPACING where it ends
        self._tops: tuple[int, list[int]] | None = None
        self._figures_cache: FontFigures | None = None
        self._terms: list[str] = []
        self._splitter: BlockSplitter | None = None
        self._pending: list[str] = []
        self._tail_view: MessageText | None = None
        self._tail_source = ""
        self._live_code: CodeBlock | None = None
        self._received: list[str] = []  # the streaming text so far (to show it plain if huge)
        self._received_chars = 0
        self._huge = False  # shown as plain text: too long to format
        self._shown_chars = 0
        self._hidden_chars = 0
        self._breaker = RunBreaker()
        self._huge_backlog = ""  # shown text not laid out yet (a frame's worth at a time)
        self._backlog = ""  # markdown not fed to the splitter yet
        self._finishing = False
        self._generation = 0  # which text is shown: a queued step of an older one does nothing
        self._fold_note: QLabel | None = None
        self.pieces_made = 0  # widgets made for pieces so far (benchmarks, tests)

    # --- whole texts --------------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show a finished text (history, or a reply that just ended elsewhere)."""
        self._clear()
        if len(text) > HUGE_CHARS:
            self._show_huge(text)
        else:
            self._add_blocks(split_blocks(text))
        self._changed()

    def set_plain(self, text: str) -> None:
        """Text shown exactly as written (the user's own messages)."""
        self._clear()
        if len(text) > HUGE_CHARS:
            self._show_huge(text)
        else:
            for part in _plain_parts(text, PLAIN_SLOT_CHARS):
                self._slots.append(Slot(PLAIN, text=part, chars=len(part)))
            if len(text) <= HUG_CHARS:  # a bubble hugs its text: it must be measured now
                for slot in self._slots:
                    self._materialise(slot)
        self._changed()

    @property
    def streaming(self) -> bool:
        return self._splitter is not None

    # --- streaming ------------------------------------------------------------------------------

    def start_stream(self, text_so_far: str = "") -> None:
        self._clear()
        self._splitter = BlockSplitter()
        if text_so_far:
            self._pending.append(text_so_far)

    def append(self, text: str) -> None:
        """Buffer new text; nothing is rendered until ``render_pending``."""
        if text:
            self._pending.append(text)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending or self._backlog or self._huge_backlog)

    def render_pending(self) -> bool:
        """One frame: finished blocks become pieces, the tail is re-rendered. True if it drew."""
        if self._splitter is None or not self.has_pending:
            return False
        self._step(self._splitter)
        self._changed()
        return True

    def finish_stream(self) -> None:
        """The reply ended: the tail becomes finished blocks; nothing else is re-rendered.
        Text that arrived faster than a frame's worth is handled on the next passes of the
        loop (``streaming`` stays True until then)."""
        if self._splitter is None or self._finishing:
            return
        self._finishing = True
        self._continue_finishing(self._generation)

    def _continue_finishing(self, generation: int) -> None:
        splitter = self._splitter
        if splitter is None or generation != self._generation:
            return  # cleared, or showing something else since
        if self.has_pending:
            self._step(splitter)
            if self.has_pending:
                self._changed()
                QTimer.singleShot(
                    FINISH_STEP_MS, self, lambda: self._continue_finishing(generation)
                )
                return
        if not self._huge:
            self._finish_blocks(splitter.take_finished() + splitter.finish())
        self._splitter = None
        self._finishing = False
        self._received = []
        self._changed()

    def _step(self, splitter: BlockSplitter) -> None:
        """Take what arrived; cut it into blocks (pieces are made when they are seen)."""
        text = self._take_pending()
        if self._huge:
            self._append_huge(text, most=HUGE_FRAME_CHARS)
            return
        if self._received_chars > HUGE_CHARS:
            self._backlog = ""
            self._switch_to_huge()
            return
        self._backlog += text
        now, self._backlog = self._backlog[:FEED_CHARS], self._backlog[FEED_CHARS:]
        splitter.feed(now)
        self._add_blocks(splitter.take_finished())
        self._render_tail(splitter)

    def _finish_blocks(self, blocks: list[Block]) -> None:
        """The last blocks of a reply; the tail's widget becomes the last piece's when it
        shows exactly that piece (so the end of the reply does not blink)."""
        tail_view, tail_source = self._tail_view, self._tail_source
        self._tail_view = None
        self._add_blocks(blocks)
        last = self._slots[-1] if self._slots else None
        if (
            tail_view is not None
            and not tail_view.isHidden()
            and last is not None
            and last.kind == PROSE
            and last.widget is None
            and len(last.blocks) == 1
            and last.blocks[0].source == tail_source
        ):
            tail_view.setObjectName("messageProse")
            last.widget = tail_view
            self._stale(len(self._slots) - 1)
            self._apply_terms(last)
        elif tail_view is not None:
            tail_view.hide()
            tail_view.deleteLater()

    # --- on screen ------------------------------------------------------------------------------

    def reveal(self, top: int, bottom: int, budget: Budget, *, ahead: bool = True) -> Revealed:
        """The view shows ``top``..``bottom`` of this body: make the pieces there (then, if
        ``ahead``, those near it) while ``budget`` allows, and give back those far away."""
        result = Revealed()
        width = self.width()
        if width <= 0 or not self._slots:
            return result
        tops = list(self._slot_tops(width))  # as they were: "above the view" is judged on these
        first_changed = len(self._slots)
        screen = max(200, bottom - top)
        keep = int(screen * KEEP_SCREENS)
        wanted = self._wanted(tops, top, bottom, int(screen * PREFETCH_SCREENS) if ahead else 0)
        for index in wanted:
            slot = self._slots[index]
            if slot.widget is not None:
                continue
            if not budget.allows(slot.kind):
                result.incomplete = True
                break
            before = self._slot_height(slot, width)
            started = time.perf_counter()
            self._materialise(slot)
            budget.spent(slot.kind, time.perf_counter() - started)
            after = self._slot_height(slot, width)
            if after != before:
                result.changed = True
                first_changed = min(first_changed, index)
                if tops[index + 1] - SPACING <= top:
                    result.shift += after - before
        released = 0
        for index, slot in enumerate(self._slots):
            if released >= RELEASE_PER_PASS:
                break
            far = tops[index + 1] < top - keep or tops[index] > bottom + keep
            if far and slot.widget is not None and slot.kind != FIXED and self._release(slot):
                released += 1
        if result.changed:
            self._stale(first_changed)
            self.updateGeometry()
        self._place()
        return result

    def _wanted(self, tops: list[int], top: int, bottom: int, ahead: int) -> list[int]:
        """Indexes of the pieces to make: those in view (from the bottom when nothing is made
        ahead: a reply followed as it streams shows its newest text first), then the nearest
        others within ``ahead``."""
        count = len(self._slots)
        first = max(0, bisect.bisect_right(tops, top) - 1)
        last = min(count, bisect.bisect_left(tops, bottom))
        wanted = list(range(first, last)) if ahead else list(range(last - 1, first - 1, -1))
        before = max(0, bisect.bisect_right(tops, top - ahead) - 1)
        after = min(count, bisect.bisect_left(tops, bottom + ahead))
        above, below = list(range(first - 1, before - 1, -1)), list(range(last, after))
        for index in range(max(len(above), len(below))):
            if index < len(below):
                wanted.append(below[index])
            if index < len(above):
                wanted.append(above[index])
        return wanted

    def materialised(self) -> int:
        """How many pieces have a widget now."""
        return sum(1 for slot in self._slots if slot.widget is not None)

    @property
    def piece_count(self) -> int:
        return len(self._slots)

    def missing_in(self, top: int, bottom: int) -> int:
        """How many pieces between ``top`` and ``bottom`` have no widget yet (drawn as an
        outline until they have)."""
        tops = self._slot_tops(self.width())
        return sum(
            1
            for index, slot in enumerate(self._slots)
            if slot.widget is None and tops[index] < bottom and tops[index + 1] - SPACING > top
        )

    # --- search ---------------------------------------------------------------------------------

    def text_views(self) -> list[MessageText]:
        """The text widgets that exist now, in order (pieces away from the view have none)."""
        views: list[MessageText] = []
        for widget in [slot.widget for slot in self._slots] + [self._live_code, self._tail_view]:
            if isinstance(widget, CodeBlock):
                views.append(widget.text)
            elif isinstance(widget, MessageText) and not widget.isHidden():
                views.append(widget)
        return views

    def all_text_views(self) -> list[MessageText]:
        """Every piece made into a widget first (costly for a long text: tests, search)."""
        for slot in self._slots:
            if slot.widget is None:
                self._materialise(slot)
        self._tops = None
        self._place()
        return self.text_views()

    def highlight(self, terms: list[str]) -> int:
        """Mark ``terms`` in the pieces shown now and in those made later; how many there are."""
        self._terms = [term for term in terms if term]
        found = sum(view.highlight(self._terms) for view in self.text_views())
        folded = [term.casefold() for term in self._terms]
        for slot in self._slots:
            if slot.widget is None:
                source = slot.source().casefold()
                found += sum(source.count(term) for term in folded)
        return found

    def first_highlight_y(self) -> int | None:
        """Where the first highlighted term is, in this body's coordinates (its piece is
        made if needed)."""
        folded = [term.casefold() for term in self._terms]
        for index, slot in enumerate(self._slots):
            if slot.widget is None:
                if not any(term in slot.source().casefold() for term in folded):
                    continue
                self._materialise(slot)
                self._stale(index)
                self._place()
            view = slot.widget.text if isinstance(slot.widget, CodeBlock) else slot.widget
            if not isinstance(view, MessageText):
                continue
            y = view.first_highlight_y()
            if y is not None:
                return view.mapTo(self, QPoint(0, 0)).y() + y
        return None

    def plain_text(self) -> str:
        return "\n".join(view.toPlainText() for view in self.all_text_views())

    def ideal_width(self) -> int:
        """The width the text would take unwrapped (a bubble hugs it), or very wide."""
        if any(slot.widget is None for slot in self._slots):
            return 1 << 20
        widths = [view.ideal_width() for view in self.text_views()]
        return max(widths or [0])

    # --- size and place -------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._end(width)
        for widget in self._trailers():
            height += (SPACING if height else 0) + _height_of(widget, width)
        return height

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A piece in view whose widget is not made yet (a pass ran out of time) is drawn as
        the outline of its lines, in a quiet colour, until it is."""
        width = self.width()
        if width <= 0 or all(slot.widget is not None for slot in self._slots):
            return
        tops = self._slot_tops(width)
        area = event.rect()
        first = max(0, bisect.bisect_right(tops, area.top()) - 1)
        last = min(len(self._slots), bisect.bisect_left(tops, area.bottom() + 1))
        painter = QPainter(self)
        colours = self._style.colours
        figures = self._figures()
        for index in range(first, last):
            slot = self._slots[index]
            if slot.widget is not None:
                continue
            bottom = min(tops[index + 1] - SPACING, area.bottom() + 1)
            if slot.kind == CODE:
                painter.fillRect(
                    QRect(0, tops[index], width, bottom - tops[index]),
                    QColor(colours.code_background),
                )
            _draw_outline(
                painter,
                slot.source(),
                QRect(8, tops[index] + 6, width - 16, bottom - tops[index] - 6),
                figures,
                QColor(colours.border),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self._remeasure():
            self._changed()  # a piece's size changed
        return super().event(event)

    def _remeasure(self) -> bool:
        """Measure the pieces that have a widget again; True if a height changed."""
        width = self.width()
        first_changed = None
        for index, slot in enumerate(self._slots):
            if slot.widget is not None:
                before = slot.measured.get(width)
                slot.measured.clear()
                if before is not None and self._slot_height(slot, width) != before:
                    first_changed = index if first_changed is None else first_changed
        if first_changed is not None:
            self._stale(first_changed)
        return first_changed is not None

    def _slot_height(self, slot: Slot, width: int) -> int:
        height = slot.measured.get(width)
        if height is not None:
            return height
        if slot.widget is None:
            if slot.measured:  # measured at another width once: closer than a guess
                return _nearest(slot.measured, width)
            return estimate_height(slot, width, self._figures())
        height = _height_of(slot.widget, width)
        if len(slot.measured) > 6:
            slot.measured.clear()
        slot.measured[width] = height
        return height

    def _slot_tops(self, width: int) -> list[int]:
        """Where each piece starts, and the end. Pieces only added since the last call are
        measured alone (a streaming reply adds some every frame)."""
        if self._tops is not None and self._tops[0] == width:
            tops = self._tops[1]
            if len(tops) == len(self._slots) + 1:
                return tops
            if len(tops) > len(self._slots) + 1:
                tops = [0]
        else:
            tops = [0]
        for slot in self._slots[len(tops) - 1 :]:
            tops.append(tops[-1] + self._slot_height(slot, width) + SPACING)
        self._tops = (width, tops)
        return tops

    def _end(self, width: int) -> int:
        """Where the last piece ends (0 without pieces)."""
        return max(0, self._slot_tops(width)[-1] - SPACING)

    def _stale(self, index: int) -> None:
        """Piece ``index`` changed height: where it and those after it start is measured
        again when next asked."""
        if self._tops is not None:
            self._tops = (self._tops[0], self._tops[1][: index + 1])

    def _trailers(self) -> list[QWidget]:
        return [
            w
            for w in (self._live_code, self._tail_view, self._fold_note)
            if w is not None and not w.isHidden()
        ]

    def _place(self) -> None:
        width = self.width()
        if width <= 0:
            return
        tops = self._slot_tops(width)
        for index, slot in enumerate(self._slots):
            if slot.widget is not None:
                height = tops[index + 1] - tops[index] - SPACING
                slot.widget.setGeometry(0, tops[index], width, height)
        y = self._end(width)
        for widget in self._trailers():
            y += SPACING if y else 0
            height = _height_of(widget, width)
            widget.setGeometry(0, y, width, height)
            y += height

    def _figures(self) -> FontFigures:
        if self._figures_cache is None:
            self._figures_cache = font_figures(self.font().toString(), monospace_font().toString())
        return self._figures_cache

    def _changed(self) -> None:
        self._place()
        self.updateGeometry()
        self.changed.emit()

    # --- pieces -------------------------------------------------------------------------------

    def _add_blocks(self, blocks: list[Block]) -> None:
        """Finished blocks become pieces (no widget yet: made when seen). A prose block joins
        the last piece while that has no widget, so a piece is rendered once."""
        for block in blocks:
            if block.is_code:
                slot = Slot(CODE, [block], chars=len(block.source))
                live, self._live_code = self._live_code, None
                if live is not None:  # the block that streamed in keeps its widget
                    live.set_code(block.code, block.lang)
                    slot.widget = live
                    self._apply_terms(slot)
                self._slots.append(slot)
                continue
            last = self._slots[-1] if self._slots else None
            if last is not None and last.kind == PROSE and last.widget is None:
                limit = CONTINUED_CHARS if last.blocks[-1].continues else SEGMENT_CHARS
                if last.chars + len(block.source) <= limit:
                    last.add(block)
                    self._stale(len(self._slots) - 1)
                    continue
            slot = Slot(PROSE)
            slot.add(block)
            self._slots.append(slot)

    def _materialise(self, slot: Slot) -> None:
        style = self._style
        widget: QWidget
        if slot.kind == CODE:
            block = slot.code_block
            widget = CodeBlock(style, lang=block.lang, guard=self._guard, parent=self)
            widget.set_code(block.code, block.lang)
        else:
            view = MessageText(self, guard=self._guard, style_sheet=style.document_css)
            if slot.kind == PROSE:
                view.setObjectName("messageProse")
                view.set_html(style.prose_html(join_prose(slot.blocks)))
            else:
                view.setObjectName("messagePlain")
                view.set_plain(break_long_runs(slot.text))
            widget = view
        widget.show()
        slot.widget = widget
        slot.measured.clear()
        self._apply_terms(slot)
        self.pieces_made += 1

    def _apply_terms(self, slot: Slot) -> None:
        if not self._terms or slot.widget is None:
            return
        view = slot.widget.text if isinstance(slot.widget, CodeBlock) else slot.widget
        if isinstance(view, MessageText):
            view.highlight(self._terms)

    def _release(self, slot: Slot) -> bool:
        """Give a far piece's widget back (not one the user is working in)."""
        widget = slot.widget
        if widget is None:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            return False
        slot.widget = None
        widget.hide()
        widget.deleteLater()
        return True

    def _fixed(self, widget: QWidget) -> None:
        """A widget shown at once and kept (a note, a piece of a huge text)."""
        widget.setParent(self)
        widget.show()
        self._slots.append(Slot(FIXED, widget=widget))

    def _render_tail(self, splitter: BlockSplitter) -> None:
        if splitter.in_code:
            if self._tail_view is not None:
                self._tail_view.hide()
            if self._live_code is None:
                # Its language is loaded while it streams, for when it is highlighted.
                highlighting_ready(splitter.code_lang, self._style.colours.pygments_style)
                self._live_code = CodeBlock(self._style, lang=splitter.code_lang, guard=self._guard)
                self._live_code.setParent(self)
                self._live_code.show()
            self._live_code.stream_code(splitter.code_tail())
            return
        tail = splitter.tail
        if self._tail_view is None:
            self._tail_view = MessageText(guard=self._guard, style_sheet=self._style.document_css)
            self._tail_view.setObjectName("messageTail")
            self._tail_view.setParent(self)
        shown = bool(tail.strip())
        self._tail_view.setVisible(shown)
        if shown and tail != self._tail_source:
            self._tail_view.set_html(self._style.renderer.prose(tail))
            self._tail_source = tail

    # --- huge texts ---------------------------------------------------------------------------

    @property
    def huge(self) -> bool:
        """True when the text is too long to format and is shown plain."""
        return self._huge

    def _take_pending(self) -> str:
        text = "".join(self._pending)
        self._pending.clear()
        self._received_chars += len(text)
        if text and not self._huge:
            self._received.append(text)
        return text

    def _switch_to_huge(self) -> None:
        """The reply grew past ``HUGE_CHARS`` while streaming: show it plain from now on, a
        frame's worth at a time."""
        text = "".join(self._received)
        self._received = []
        self._remove_widgets()
        self._show_huge(text, most=HUGE_FRAME_CHARS)

    def _show_huge(self, text: str, most: int | None = None) -> None:
        self._huge = True
        self._shown_chars = self._hidden_chars = 0
        self._huge_backlog = ""
        self._breaker = RunBreaker()
        note = QLabel(
            self.tr(
                "This text is very long, so it is shown as plain text, without formatting. "
                "Copy gives all of it."
            )
        )
        note.setObjectName("messageHugeNote")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setProperty("note", True)
        self._fixed(note)
        self._append_huge(text, most=most)

    def _append_huge(self, text: str, most: int | None = None) -> None:
        """Plain text added in pieces of bounded size, up to ``SHOWN_CHARS``; the rest counted.
        At most ``most`` characters are laid out now; the others wait for the next frame."""
        room = max(0, SHOWN_CHARS - self._shown_chars)
        kept = text[:room]
        self._hidden_chars += len(text) - len(kept)
        self._shown_chars += len(kept)
        backlog = self._huge_backlog + kept
        cut = len(backlog) if most is None else most
        shown, self._huge_backlog = backlog[:cut], backlog[cut:]
        while shown:
            last = self._slots[-1].widget if self._slots else None
            if not isinstance(last, PlainPiece) or last.chars >= PLAIN_PIECE_CHARS:
                last = PlainPiece(self._style, self._guard)
                self._fixed(last)
            take = shown[: PLAIN_PIECE_CHARS - last.chars]
            shown = shown[len(take) :]
            last.append_plain(self._breaker.feed(take))
            last.chars += len(take)
            self._slots[-1].measured.clear()
            self._stale(len(self._slots) - 1)
        if self._hidden_chars:
            if self._fold_note is None:
                self._fold_note = QLabel()
                self._fold_note.setObjectName("messageFoldNote")
                self._fold_note.setTextFormat(Qt.TextFormat.PlainText)
                self._fold_note.setWordWrap(True)
                self._fold_note.setProperty("note", True)
                self._fold_note.setParent(self)
                self._fold_note.show()
            self._fold_note.setText(
                self.tr("… {count} more characters are not shown. Copy gives all of them.").format(
                    count=number(self._hidden_chars)
                )
            )

    # --- internals ------------------------------------------------------------------------------

    @property
    def pieces(self) -> list[QWidget]:
        """The pieces' widgets that exist now, in order."""
        return [slot.widget for slot in self._slots if slot.widget is not None]

    def _drop_tail(self) -> None:
        if self._tail_view is not None:
            self._tail_view.hide()
            self._tail_view.deleteLater()
            self._tail_view = None
        self._tail_source = ""

    def _remove_widgets(self) -> None:
        self._drop_tail()
        widgets = [slot.widget for slot in self._slots] + [self._live_code, self._fold_note]
        for widget in widgets:
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._slots = []
        self._tops = None
        self._live_code = None
        self._fold_note = None

    def _clear(self) -> None:
        self._remove_widgets()
        self._splitter = None
        self._pending = []
        self._received = []
        self._received_chars = 0
        self._huge = False
        self._huge_backlog = ""
        self._backlog = ""
        self._finishing = False
        self._generation += 1


def _draw_outline(
    painter: QPainter, text: str, area: QRect, figures: FontFigures, colour: QColor
) -> None:
    """Bars as long as the lines of ``text``: where words will be, before they are laid out."""
    step = max(4, int(figures.line))
    bar = max(2, step // 2)
    y = area.top()
    for line in text.split("\n"):
        if y + bar > area.bottom():
            break
        length = min(area.width(), int(len(line.strip()) * figures.char))
        if length:
            painter.fillRect(area.left(), y + (step - bar) // 2, length, bar, colour)
        y += step


def _height_of(widget: QWidget, width: int) -> int:
    height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
    return height if height >= 0 else widget.sizeHint().height()


def _nearest(measured: dict[int, int], width: int) -> int:
    return measured[min(measured, key=lambda known: abs(known - width))]


def _plain_parts(text: str, size: int) -> list[str]:
    """``text`` cut into parts of about ``size`` characters, at line ends where there are."""
    if len(text) <= size:
        return [text]
    parts = []
    while len(text) > size:
        cut = text.rfind("\n", 0, size)
        cut = cut + 1 if cut > size // 2 else size
        parts.append(text[:cut])
        text = text[cut:]
    if text:
        parts.append(text)
    return parts
