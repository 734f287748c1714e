"""The Generate tab (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.context import AppContext


class GenerateTab(QWidget):
    """Placeholder: the real tab replaces this module."""

    download_requested = Signal(str)
    generation_finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Generate tab is coming soon."))
        layout.addWidget(label)
