"""Total disk space of the installed models: a figure and a bar split by model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.formats import human_size
from desktop.services.models.disk_space import DiskShare
from desktop.ui.common.design import DISK_REST, DISK_SEGMENTS
from desktop.ui.common.plain import plain_tooltip
from desktop.ui.models.widgets import plain_label

SEGMENT_COLORS = DISK_SEGMENTS
REST_COLOR = DISK_REST


class UsageBar(QWidget):
    """One segment per large model (largest first), the rest together in grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[str, int]] = []
        self.setMinimumHeight(12)
        self.setMaximumHeight(14)

    def set_parts(self, parts: list[tuple[str, int]]) -> None:
        self._parts = sorted(parts, key=lambda p: p[1], reverse=True)
        top = self._parts[: len(SEGMENT_COLORS)]
        line = self.tr("{name}: {size}")
        lines = [line.format(name=name, size=human_size(size)) for name, size in top]
        rest = sum(size for _, size in self._parts[len(SEGMENT_COLORS) :])
        if rest:
            lines.append(self.tr("others: {size}").format(size=human_size(rest)))
        self.setToolTip(plain_tooltip("\n".join(lines)))  # model names
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(REST_COLOR))
        painter.drawRoundedRect(area, 5, 5)
        total = sum(size for _, size in self._parts)
        if total <= 0:
            return
        x = area.left()
        painter.setClipRect(area)
        for index, (_, size) in enumerate(self._parts[: len(SEGMENT_COLORS)]):
            width = area.width() * size / total
            painter.setBrush(QColor(SEGMENT_COLORS[index]))
            painter.drawRect(QRectF(x, area.top(), max(1.0, width - 1), area.height()))
            x += width


class DiskUsage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.label.setObjectName("modelsDiskUsageText")
        self.bar = UsageBar()
        self.bar.setObjectName("modelsDiskUsageBar")
        self.bar.setAccessibleName(self.tr("Disk space used by each model"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)

    def show_models(self, shares: Sequence[DiskShare]) -> None:
        """The installed models' disk space; copies share their files and count once. The
        bar splits it by model, so it shows only when there is more than one to compare."""
        total = sum(share.size for share in shares)
        count = sum(len(share.names) for share in shares)
        self.label.setText(
            self.tr("{count} models use {size} of disk space").format(
                count=count, size=human_size(total)
            )
            if count != 1
            else self.tr("1 model uses {size} of disk space").format(size=human_size(total))
        )
        self.bar.set_parts([(", ".join(share.names), share.size) for share in shares])
        self.bar.setVisible(len(shares) > 1)
