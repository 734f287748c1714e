"""The Chat tab (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.context import AppContext


class ChatTab(QWidget):
    """Placeholder: the real tab replaces this module."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Chat tab is coming soon."))
        layout.addWidget(label)
