"""Small pieces the Models tab's views share: naming, plain labels, capability badges."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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
