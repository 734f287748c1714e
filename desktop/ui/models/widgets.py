"""Small pieces the Models tab's views share: naming, plain labels, capability badges."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.ui.common.design import BADGES, OTHER_BADGE
from desktop.ui.common.words import badge

W = TypeVar("W", bound=QWidget)

CAPABILITIES_ROLE = Qt.ItemDataRole.UserRole + 10
BADGE_CAPABILITIES = ("vision", "tools", "thinking", "embedding")
BADGE_COLORS = BADGES  # the design's, under the name the models and chat code use


def named(widget: W, name: str, accessible: str) -> W:
    """Set the automation name (objectName) and the screen-reader name together."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that never interprets its text as HTML (names and texts come from servers)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


def badge_words(capabilities: list[str] | tuple[str, ...]) -> list[str]:
    return [c for c in BADGE_CAPABILITIES if c in capabilities]


class BadgeDelegate(QStyledItemDelegate):
    """Paints the capabilities in ``CAPABILITIES_ROLE`` as small coloured pills.

    Painting is on the path of every sort and scroll, so pill widths are measured once per
    font and the cell's background is drawn straight from the view's option.
    """

    def __init__(self, parent: QWidget | None = None, *, shown: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self._shown = shown or BADGE_CAPABILITIES
        self._widths: dict[tuple[str, str], int] = {}
        self._heights: dict[str, int] = {}
        self._colors = {word: (QColor(fill), QColor(ink)) for word, (fill, ink) in
                        BADGE_COLORS.items()}  # fmt: skip
        self._default = (QColor(OTHER_BADGE[0]), QColor(OTHER_BADGE[1]))

    def _words(self, index: QModelIndex | QPersistentModelIndex) -> list[str]:
        capabilities = index.data(CAPABILITIES_ROLE) or ()
        return [c for c in self._shown if c in capabilities]

    def _measure(self, option: QStyleOptionViewItem, word: str) -> int:
        key = (option.font.key(), word)
        width = self._widths.get(key)
        if width is None:
            width = QFontMetrics(option.font).horizontalAdvance(badge(word)) + 12
            self._widths[key] = width
        return width

    def _height(self, option: QStyleOptionViewItem) -> int:
        key = option.font.key()
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = QFontMetrics(option.font).height() + 2
        return height

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        words = self._words(index)
        if not words:
            return
        rect = option.rect
        height = self._height(option)
        x = rect.x() + 4
        y = rect.y() + (rect.height() - height) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        for word in words:
            width = self._measure(option, word)
            if x + width > rect.right():
                break
            fill, ink = self._colors.get(word, self._default)
            pill = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(ink)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge(word))
            x += width + 4
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = sum(self._measure(option, w) + 4 for w in self._words(index)) + 8
        return QSize(max(width, 40), self._height(option) + 6)


def shrink_to_fit(
    widths: dict[int, int], excess: int, order: tuple[int, ...], floor: int
) -> dict[int, int]:
    """New widths for the columns in ``order`` (the first gives way first, none below
    ``floor``) that take ``excess`` pixels off ``widths`` together, as far as they can: a
    table that scrolls sideways hides its last columns from people who never look there."""
    fitted: dict[int, int] = {}
    for column in order:
        if excess <= 0:
            break
        width = widths.get(column, 0)
        room = max(0, width - floor)
        if room:
            given = min(room, excess)
            fitted[column] = width - given
            excess -= given
    return fitted


def fit_table_width(
    table: QTableView, order: tuple[int, ...], floors: tuple[int, ...] = (140, 90)
) -> None:
    """Narrow ``table``'s columns (``order`` first) until none scrolls out of sight; the
    text of a narrowed column is elided, and whole in its tooltip. Every column gives way
    down to the first floor before any goes below it to the next, so no single column is
    cut to a stub while others stay wide."""
    header = table.horizontalHeader()
    for floor in floors:
        excess = header.length() - table.viewport().width()
        if excess <= 0:
            return
        visible = {
            column: header.sectionSize(column)
            for column in order
            if column < header.count() and not header.isSectionHidden(column)
        }
        for column, width in shrink_to_fit(visible, excess, order, floor).items():
            header.resizeSection(column, width)


class FittedColumns(QObject):
    """Keeps a table's columns inside its width: each column's natural width (its contents,
    as last measured) when there is room, the ``order`` columns narrowed when there is not,
    and back to natural when the table grows again."""

    def __init__(self, table: QTableView, order: tuple[int, ...]) -> None:
        super().__init__(table)
        self._table, self._order = table, order
        self._natural: dict[int, int] = {}
        table.viewport().installEventFilter(self)

    def measured(self) -> None:
        """The columns were just sized to their contents: remember that, then fit."""
        header = self._table.horizontalHeader()
        for column in range(header.count()):
            if not header.isSectionHidden(column):  # a hidden one keeps what it had
                self._natural[column] = header.sectionSize(column)
        self.fit()

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        for column, width in self._natural.items():
            if column < header.count() and not header.isSectionHidden(column):
                header.resizeSection(column, width)
        fit_table_width(self._table, self._order)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
