"""The chat's model picker: installed models with their capability badges.

Badges (vision, tools, thinking) are painted as small pills after the name, in the list and on
the closed picker, so a person sees at a glance which model can look at images. A chat whose
model is no longer installed still shows it, marked, rather than silently switching.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QWidget,
)

from desktop.ui.common.design import OTHER_BADGE
from desktop.ui.common.plain import plain_line
from desktop.ui.common.words import badge
from desktop.ui.models.widgets import BADGE_COLORS

CAPABILITIES_ROLE = Qt.ItemDataRole.UserRole + 1
INSTALLED_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
BADGES = ("vision", "tools", "thinking")


def badge_words(capabilities: Sequence[str]) -> list[str]:
    return [word for word in BADGES if word in capabilities]


def paint_badges(painter: QPainter, rect: QRect, x: int, words: Sequence[str]) -> None:
    """Pills from ``x`` within ``rect``, vertically centred."""
    metrics = QFontMetrics(painter.font())
    height = metrics.height() + 2
    y = rect.y() + (rect.height() - height) // 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for word in words:
        label = badge(word)
        width = metrics.horizontalAdvance(label) + 12
        if x + width > rect.right():
            break
        fill, ink = BADGE_COLORS.get(word, OTHER_BADGE)
        pill = QRect(x, y, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(ink))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        x += width + 4
    painter.restore()


class _ModelDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        words = badge_words(index.data(CAPABILITIES_ROLE) or ())
        if not words:
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        x = option.rect.x() + QFontMetrics(option.font).horizontalAdvance(text) + 22
        painter.save()
        painter.setFont(option.font)
        paint_badges(painter, option.rect, x, words)
        painter.restore()


class ModelPicker(QComboBox):
    """Installed models; ``model()`` text is the chosen name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatModelPicker")
        self.setAccessibleName(self.tr("Model"))
        self.setToolTip(
            self.tr(
                "Which model answers in this chat. You can change it at any time; "
                "each reply remembers the model that wrote it."
            )
        )
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setItemDelegate(_ModelDelegate(self))
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.capabilities: dict[str, list[str]] = {}

    # --- content ------------------------------------------------------------------------------

    def set_models(self, names: Sequence[str], capabilities: dict[str, list[str]]) -> None:
        """Fill the list, keeping the current choice if it is still there."""
        current = self.current_model()
        self.capabilities = dict(capabilities)
        self.blockSignals(True)
        try:
            self._model.clear()
            for name in names:
                self._model.appendRow(self._item(name, installed=True))
            if current:
                self._select(current)
        finally:
            self.blockSignals(False)

    def set_capabilities(self, name: str, capabilities: list[str]) -> None:
        self.capabilities[name] = list(capabilities)
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item.data(NAME_ROLE) == name:
                item.setData(list(capabilities), CAPABILITIES_ROLE)
        self.update()

    def choose(self, name: str) -> None:
        """Show ``name`` as the chat's model (added, marked, if it isn't installed)."""
        self.blockSignals(True)
        try:
            self._select(name)
        finally:
            self.blockSignals(False)
        self.update()

    def current_model(self) -> str:
        data = self.currentData(NAME_ROLE)
        return str(data) if data else ""

    def installed(self) -> list[str]:
        return [
            str(self._model.item(row).data(NAME_ROLE))
            for row in range(self._model.rowCount())
            if self._model.item(row).data(INSTALLED_ROLE)
        ]

    def is_installed(self, name: str) -> bool:
        return name in self.installed()

    def _item(self, name: str, *, installed: bool) -> QStandardItem:
        shown = plain_line(name)  # the name as data stays exact; shown without bidi controls
        text = shown if installed else self.tr("{name} (not installed)").format(name=shown)
        item = QStandardItem(text)
        item.setData(name, NAME_ROLE)
        item.setData(installed, INSTALLED_ROLE)
        item.setData(self.capabilities.get(name, []), CAPABILITIES_ROLE)
        if not installed:
            item.setForeground(QColor("#9a4a00"))
            item.setToolTip(self.tr("This model isn't installed on the server."))
        return item

    def _select(self, name: str) -> None:
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(NAME_ROLE) == name:
                self.setCurrentIndex(row)
                return
        for row in reversed(range(self._model.rowCount())):  # a stale "not installed" entry
            if not self._model.item(row).data(INSTALLED_ROLE):
                self._model.removeRow(row)
        if name:
            self._model.appendRow(self._item(name, installed=False))
            self.setCurrentIndex(self._model.rowCount() - 1)
        else:
            self.setCurrentIndex(-1)

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        words = badge_words(self.capabilities.get(self.current_model(), []))
        if not words:
            return
        style = self.style() or QApplication.style()
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        x = field.x() + QFontMetrics(self.font()).horizontalAdvance(option.currentText) + 14
        paint_badges(painter, field, x, words)

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setWidth(hint.width() + 150)  # room for the badges
        return hint
