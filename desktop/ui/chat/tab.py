"""The Chat tab (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.context import AppContext


class ChatTab(QWidget):
    """Placeholder: the real tab replaces this module."""

    download_requested = Signal(str)
    open_models_requested = Signal()
    generation_finished = Signal()

    def start_chat(self, model: str) -> None:
        """Open a new chat with ``model`` (the Models tab's "Chat with this model")."""

    def new_chat(self) -> None:
        """Ctrl+N."""

    def focus_search(self) -> None:
        """Ctrl+F."""

    def stop(self) -> None:
        """Esc: stop the reply being written."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Chat tab is coming soon."))
        layout.addWidget(label)
