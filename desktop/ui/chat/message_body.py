"""The text of one message as a stack of rendered pieces, able to grow while it streams.

A finished reply is cut into blocks (:mod:`markdown_blocks`); runs of prose become one text
piece (up to ``SEGMENT_CHARS``), each code block its own :class:`CodeBlock`. While a reply
streams, new text is only buffered; once per frame ``render_pending`` adds the blocks that
finished since the last frame (rendered once) and re-renders the open tail — a prose tail is at
most ``SOFT_LIMIT`` characters, an open code block only appends. So a frame costs the same at
the 100th kilobyte as at the first. Text that arrives faster than that (a replay, a local
server at full speed) is rendered ``FRAME_CHARS`` a frame; the rest waits for the next one.

Whatever the model writes, one piece lays out a bounded amount of text: a paragraph cut for
length joins its piece only up to ``CONTINUED_CHARS``, and a text longer than ``HUGE_CHARS``
(checked as it streams) is shown as plain text instead — its first ``SHOWN_CHARS`` in pieces of
``PLAIN_PIECE_CHARS``, a note above and a count of what is not shown below. Display only: the
text that is saved and copied is the whole one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.formats import number
from desktop.ui.chat.code_block import CodeBlock
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.markdown_blocks import Block, BlockSplitter, join_prose, split_blocks
from desktop.ui.chat.style import ChatStyle
from desktop.ui.chat.text_view import MessageText
from desktop.ui.common.display_limits import (
    HUGE_CHARS,
    SHOWN_CHARS,
    RunBreaker,
    break_long_runs,
)

SEGMENT_CHARS = 4000  # a prose piece is re-rendered whole when a block joins it: keep it small
CONTINUED_CHARS = 6000  # a paragraph cut for length goes on in a new piece past this
PLAIN_PIECE_CHARS = 16_000  # a huge text shown plain: characters per piece
HUGE_FRAME_CHARS = 8000  # of a huge text streaming in, laid out per frame at most
FRAME_CHARS = 4000  # of markdown streaming in, rendered per frame at most (the rest waits)
FINISH_STEP_MS = 10  # after the reply ended, the rest is rendered a step per this, not at once


class ProseSegment(MessageText):
    """Consecutive prose blocks rendered together."""

    def __init__(self, style: ChatStyle, guard: LinkGuard | None) -> None:
        super().__init__(guard=guard, style_sheet=style.document_css)
        self.setObjectName("messageProse")
        self.blocks: list[Block] = []
        self.chars = 0

    def accepts(self, block: Block) -> bool:
        last = self.blocks[-1] if self.blocks else None
        if last is None:
            return False
        limit = CONTINUED_CHARS if last.continues else SEGMENT_CHARS
        return self.chars + len(block.source) <= limit

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        self.chars += len(block.source)

    def render(self, style: ChatStyle) -> None:
        self.set_html(style.renderer.prose(join_prose(self.blocks)))


class PlainPiece(MessageText):
    """A piece of a huge text shown plain; text is only ever appended to it."""

    def __init__(self, style: ChatStyle, guard: LinkGuard | None) -> None:
        super().__init__(guard=guard, style_sheet=style.document_css)
        self.setObjectName("messagePlain")
        self.chars = 0


PAGE_PIECES = 8  # finished pieces per page; pages that no longer change are never re-measured


class _Page(QWidget):
    """A few finished pieces in a layout of their own.

    Qt keeps each layout's height-for-width answer until that layout changes, so while a long
    reply streams, only the last page (and the tail) are measured again: a frame does not grow
    more expensive with every finished block above it.
    """

    def __init__(self, spacing: int) -> None:
        super().__init__()
        self.setObjectName("messagePage")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)

    @property
    def full(self) -> bool:
        return self.box.count() >= PAGE_PIECES


class MessageBody(QWidget):
    """Rendered markdown of one message; ``changed`` after anything that may change height."""

    changed = Signal()

    def __init__(
        self, style: ChatStyle, guard: LinkGuard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageBody")
        self._style = style
        self._guard = guard
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.pieces: list[QWidget] = []  # finished pieces, in order
        self._pages: list[_Page] = []
        self._splitter: BlockSplitter | None = None
        self._pending: list[str] = []
        self._tail_view: MessageText | None = None
        self._live_code: CodeBlock | None = None
        self._plain = False
        self._received: list[str] = []  # the streaming text so far (to show it plain if huge)
        self._received_chars = 0
        self._huge = False  # shown as plain text: too long to format
        self._shown_chars = 0
        self._hidden_chars = 0
        self._breaker = RunBreaker()
        self._huge_backlog = ""  # shown text not laid out yet (a frame's worth at a time)
        self._backlog = ""  # markdown not fed to the splitter yet (a frame's worth at a time)
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
        self.changed.emit()

    def set_plain(self, text: str) -> None:
        """Text shown exactly as written (the user's own messages)."""
        self._clear()
        self._plain = True
        if len(text) > HUGE_CHARS:
            self._show_huge(text)
        else:
            view = MessageText(guard=self._guard, style_sheet=self._style.document_css)
            view.setObjectName("messagePlain")
            view.set_plain(break_long_runs(text))
            self._append_piece(view)
        self.changed.emit()

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
        """One frame: finished blocks rendered once, the tail re-rendered. True if it drew."""
        if self._splitter is None or not self.has_pending:
            return False
        self._step(self._splitter)
        self.changed.emit()
        return True

    def finish_stream(self) -> None:
        """The reply ended: the tail becomes finished blocks; nothing else is re-rendered.
        Text that arrived faster than a frame's worth is laid out on the next passes of the
        loop, a frame's worth each (``streaming`` stays True until then)."""
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
                self.changed.emit()
                QTimer.singleShot(
                    FINISH_STEP_MS, self, lambda: self._continue_finishing(generation)
                )
                return
        if not self._huge:
            blocks = splitter.take_finished() + splitter.finish()
            self._drop_tail()
            self._add_blocks(blocks)
        self._splitter = None
        self._finishing = False
        self._received = []
        self.changed.emit()

    def _step(self, splitter: BlockSplitter) -> None:
        """Take what arrived; lay out at most a frame's worth of it."""
        text = self._take_pending()
        if self._huge:
            self._append_huge(text, most=HUGE_FRAME_CHARS)
            return
        if self._received_chars > HUGE_CHARS:
            self._backlog = ""
            self._switch_to_huge()
            return
        self._backlog += text
        now, self._backlog = self._backlog[:FRAME_CHARS], self._backlog[FRAME_CHARS:]
        splitter.feed(now)
        self._add_blocks(splitter.take_finished())
        self._render_tail(splitter)

    # --- search ---------------------------------------------------------------------------------

    def text_views(self) -> list[MessageText]:
        views: list[MessageText] = []
        for piece in self.pieces:
            if isinstance(piece, MessageText):
                views.append(piece)
            elif isinstance(piece, CodeBlock):
                views.append(piece.text)
        return views

    def highlight(self, terms: list[str]) -> int:
        return sum(view.highlight(terms) for view in self.text_views())

    def plain_text(self) -> str:
        return "\n".join(view.toPlainText() for view in self.text_views())

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
        self._append_piece(note)
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
            last = self.pieces[-1]
            if not isinstance(last, PlainPiece) or last.chars >= PLAIN_PIECE_CHARS:
                last = PlainPiece(self._style, self._guard)
                self._append_piece(last)
            take = shown[: PLAIN_PIECE_CHARS - last.chars]
            shown = shown[len(take) :]
            last.append_plain(self._breaker.feed(take))
            last.chars += len(take)
        if self._hidden_chars:
            if self._fold_note is None:
                self._fold_note = QLabel()
                self._fold_note.setObjectName("messageFoldNote")
                self._fold_note.setTextFormat(Qt.TextFormat.PlainText)
                self._fold_note.setWordWrap(True)
                self._fold_note.setProperty("note", True)
                self._layout.addWidget(self._fold_note)
            self._fold_note.setText(
                self.tr("… {count} more characters are not shown. Copy gives all of them.").format(
                    count=number(self._hidden_chars)
                )
            )

    # --- internals ------------------------------------------------------------------------------

    def _add_blocks(self, blocks: list[Block]) -> None:
        touched: list[ProseSegment] = []
        for block in blocks:
            if block.is_code:
                code = self._live_code
                self._live_code = None
                if code is None:
                    code = CodeBlock(self._style, lang=block.lang, guard=self._guard)
                    self._append_piece(code)
                else:
                    self._layout.removeWidget(code)
                    code.setParent(None)
                    self._append_piece(code)
                code.set_code(block.code, block.lang)
                continue
            last = self.pieces[-1] if self.pieces else None
            if isinstance(last, ProseSegment) and last.accepts(block):
                segment = last
            else:
                segment = ProseSegment(self._style, self._guard)
                self._append_piece(segment)
            segment.add(block)
            if segment not in touched:
                touched.append(segment)
        for segment in touched:
            segment.render(self._style)

    def _append_piece(self, widget: QWidget) -> None:
        page = self._pages[-1] if self._pages and not self._pages[-1].full else None
        if page is None:
            page = _Page(self._layout.spacing())
            self._layout.insertWidget(len(self._pages), page)
            self._pages.append(page)
        page.box.addWidget(widget)
        self.pieces.append(widget)

    def _render_tail(self, splitter: BlockSplitter) -> None:
        if splitter.in_code:
            if self._tail_view is not None:
                self._tail_view.hide()
            if self._live_code is None:
                self._live_code = CodeBlock(self._style, lang=splitter.code_lang, guard=self._guard)
                self._layout.addWidget(self._live_code)
            self._live_code.stream_code(splitter.code_tail())
            return
        tail = splitter.tail
        if self._tail_view is None:
            self._tail_view = MessageText(guard=self._guard, style_sheet=self._style.document_css)
            self._tail_view.setObjectName("messageTail")
            self._layout.addWidget(self._tail_view)
        self._tail_view.setVisible(bool(tail.strip()))
        if tail.strip():
            self._tail_view.set_html(self._style.renderer.prose(tail))

    def _drop_tail(self) -> None:
        if self._tail_view is not None:
            self._layout.removeWidget(self._tail_view)
            self._tail_view.deleteLater()
            self._tail_view = None

    def _remove_widgets(self) -> None:
        self._drop_tail()
        for widget in [*self._pages, self._live_code, self._fold_note]:
            if widget is not None:
                self._layout.removeWidget(widget)
                widget.deleteLater()
        self.pieces = []
        self._pages = []
        self._live_code = None
        self._fold_note = None

    def _clear(self) -> None:
        self._remove_widgets()
        self._splitter = None
        self._pending = []
        self._plain = False
        self._received = []
        self._received_chars = 0
        self._huge = False
        self._huge_backlog = ""
        self._backlog = ""
        self._finishing = False
        self._generation += 1
