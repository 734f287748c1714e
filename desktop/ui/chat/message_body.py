"""The text of one message: markdown cut into pieces, growing while it streams.

A finished reply is cut into blocks (:mod:`markdown_blocks`); runs of prose become one piece
(up to ``SEGMENT_CHARS``), each code block a piece of its own. The pieces become widgets only
near the view (:class:`~desktop.ui.chat.piece_column.PieceColumn`).

While a reply streams, new text is only buffered; once per frame ``render_pending`` feeds it to
the block splitter (cheap, no widgets), adds the blocks that finished as pieces, and re-renders
the open tail — a prose tail is at most ``SOFT_LIMIT`` characters, an open code block only
appends. Whatever the model writes, one piece lays out a bounded amount of text, and a text
longer than ``HUGE_CHARS`` (checked as it streams) is shown as plain text instead — its first
``SHOWN_CHARS`` in pieces of ``PLAIN_PIECE_CHARS``, with a note. Display only: the text that is
saved and copied is the whole one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.formats import number
from desktop.ui.chat.body_slots import (
    CODE,
    PLAIN,
    PROSE,
    Slot,
)
from desktop.ui.chat.code_block import CodeBlock, highlighting_ready
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.markdown_blocks import Block, BlockSplitter, split_blocks
from desktop.ui.chat.piece_column import PieceColumn
from desktop.ui.chat.style import ChatStyle
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


class PlainPiece(MessageText):
    """A piece of a huge text shown plain; text is only ever appended to it."""

    def __init__(self, style: ChatStyle, guard: LinkGuard | None) -> None:
        super().__init__(guard=guard, style_sheet=style.document_css)
        self.setObjectName("messagePlain")
        self.chars = 0


class MessageBody(PieceColumn):
    """Rendered markdown of one message; ``changed`` after anything that may change height."""

    changed = Signal()

    def __init__(
        self, style: ChatStyle, guard: LinkGuard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(style, guard, parent)
        self.setObjectName("messageBody")
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

    def render_pending(self, *, flood: bool = False) -> bool:
        """One frame: finished blocks become pieces, the tail is re-rendered (as plain text in
        a ``flood``: it is replaced before anyone could read it). True if it drew."""
        if self._splitter is None or not self.has_pending:
            return False
        self._step(self._splitter, flood=flood)
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

    def _step(self, splitter: BlockSplitter, *, flood: bool = False) -> None:
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
        self._render_tail(splitter, plain=flood)

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

    # --- pieces and the live tail ------------------------------------------------------------

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

    def _render_tail(self, splitter: BlockSplitter, *, plain: bool = False) -> None:
        if splitter.in_code:
            if self._tail_view is not None:
                self._tail_view.hide()
            if self._live_code is None:
                # Its language is loaded while it streams, for when it is highlighted.
                highlighting_ready(splitter.code_lang, self._style.colours.pygments_style)
                self._live_code = CodeBlock(
                    self._style, lang=splitter.code_lang, guard=self._guard, parent=self
                )
                self._live_code.show()
            self._live_code.stream_code(splitter.code_tail())
            return
        tail = splitter.tail
        if self._tail_view is None:
            self._tail_view = MessageText(
                self, guard=self._guard, style_sheet=self._style.document_css
            )
            self._tail_view.setObjectName("messageTail")
        shown = bool(tail.strip())
        self._tail_view.setVisible(shown)
        if shown and plain:
            self._tail_view.set_plain(break_long_runs(tail))
            self._tail_source = ""  # not the tail's rendering: render it again when calm
        elif shown and tail != self._tail_source:
            self._tail_view.set_html(self._style.renderer.prose(tail))
            self._tail_source = tail

    def _trailers(self) -> list[QWidget]:
        return [
            w
            for w in (self._live_code, self._tail_view, self._fold_note)
            if w is not None and not w.isHidden()
        ]

    def _changed(self) -> None:
        super()._changed()
        self.changed.emit()

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
        self._tops.clear()
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
