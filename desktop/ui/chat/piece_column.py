"""A column of a message's pieces, made into widgets only near the view.

A piece is a :class:`~desktop.ui.chat.body_slots.Slot` — its text and a height — and becomes a
widget only when the transcript says it is in or near the view (:meth:`PieceColumn.reveal`),
within a time budget per pass (:mod:`frame_budget`): a long reply opens, streams and scrolls
at the cost of what is on screen, not of its length. Pieces far from the view give their
widget back (their measured height stays); a piece in view without its widget yet is drawn as
the outline of its lines. Pieces are placed by hand, one under the other, so only the pieces
that changed are measured again.
"""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from desktop.ui.chat.body_slots import (
    CODE,
    FIXED,
    PROSE,
    FontFigures,
    Slot,
    estimate_height,
    font_figures,
)
from desktop.ui.chat.code_block import CodeBlock
from desktop.ui.chat.frame_budget import Budget
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.markdown_blocks import join_prose
from desktop.ui.chat.renderer import markdown_ready
from desktop.ui.chat.style import ChatStyle, monospace_font
from desktop.ui.chat.text_view import MessageText
from desktop.ui.common.display_limits import break_long_runs

SPACING = 6
PREFETCH_SCREENS = 0.75  # pieces this far beyond the view are made ahead, when time allows
KEEP_SCREENS = 2.5  # pieces farther than this from the view give their widget back
FORMAT_RETRY_MS = 20  # how often plain pieces look whether markdown-it has loaded
TOPS_KEPT = 4  # widths whose piece positions are remembered
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


class PieceColumn(QWidget):
    """The pieces of one message, one under the other; widgets only near the view."""

    def __init__(
        self, style: ChatStyle, guard: LinkGuard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._style = style
        self._guard = guard
        self._slots: list[Slot] = []
        # (width, tops): tops[i] is where piece i starts, tops[i + 1] - SPACING where it ends
        self._tops: dict[int, list[int]] = {}  # per width (layouts ask at a few widths)
        self._figures_cache: FontFigures | None = None
        self._terms: list[str] = []
        self.pieces_made = 0  # widgets made for pieces so far (benchmarks, tests)
        self._plain_first: list[Slot] = []  # shown plain until markdown-it has loaded

    def _trailers(self) -> list[QWidget]:
        """Widgets placed after the pieces, always made (a subclass's live parts)."""
        return []

    def _changed(self) -> None:
        """Something changed size: place the pieces again, tell the layout above."""
        self._place()
        self.updateGeometry()

    @property
    def pieces(self) -> list[QWidget]:
        """The pieces' widgets that exist now, in order."""
        return [slot.widget for slot in self._slots if slot.widget is not None]

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
        for widget in [slot.widget for slot in self._slots] + self._trailers():
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
        self._tops.clear()
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
        tops = self._tops.get(width)
        if tops is None:
            if len(self._tops) >= TOPS_KEPT:
                self._tops.clear()
            tops = self._tops[width] = [0]
        elif len(tops) > len(self._slots) + 1:
            del tops[1:]
        for slot in self._slots[len(tops) - 1 :]:
            tops.append(tops[-1] + self._slot_height(slot, width) + SPACING)
        return tops

    def _end(self, width: int) -> int:
        """Where the last piece ends (0 without pieces)."""
        return max(0, self._slot_tops(width)[-1] - SPACING)

    def _stale(self, index: int) -> None:
        """Piece ``index`` changed height: where it and those after it start is measured
        again when next asked."""
        for tops in self._tops.values():
            del tops[index + 1 :]

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

    # --- pieces -------------------------------------------------------------------------------

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
                if markdown_ready():
                    view.set_html(style.prose_html(join_prose(slot.blocks)))
                else:  # formatted as soon as markdown-it has loaded
                    view.set_plain(break_long_runs(join_prose(slot.blocks)))
                    self._plain_first.append(slot)
                    if len(self._plain_first) == 1:
                        QTimer.singleShot(FORMAT_RETRY_MS, self, self._format_plain_first)
            else:
                view.setObjectName("messagePlain")
                view.set_plain(break_long_runs(slot.text))
            widget = view
        widget.show()
        slot.widget = widget
        slot.measured.clear()
        self._apply_terms(slot)
        self.pieces_made += 1

    def _format_plain_first(self) -> None:
        """Pieces shown plain while markdown-it loaded get their formatting."""
        if not markdown_ready():
            QTimer.singleShot(FORMAT_RETRY_MS, self, self._format_plain_first)
            return
        waiting, self._plain_first = self._plain_first, []
        first = len(self._slots)
        for slot in waiting:
            if isinstance(slot.widget, MessageText) and slot in self._slots:
                slot.widget.set_html(self._style.prose_html(join_prose(slot.blocks)))
                self._apply_terms(slot)
                slot.measured.clear()
                first = min(first, self._slots.index(slot))
        if first < len(self._slots):
            self._stale(first)
            self._changed()

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
