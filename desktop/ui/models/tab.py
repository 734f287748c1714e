"""The Models tab (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.context import AppContext


class ModelsTab(QWidget):
    """Placeholder: the real tab replaces this module."""

    chat_requested = Signal(str)
    installed_changed = Signal()

    def queue_download(self, name: str) -> None:
        """Add ``name`` to the download queue (from the Chat or Generate tab)."""

    def refresh_running(self) -> None:
        """Refresh the running-models panel once (after a chat or generate)."""

    def refresh_installed(self) -> None:
        """Reload the installed models."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Models tab is coming soon."))
        layout.addWidget(label)
