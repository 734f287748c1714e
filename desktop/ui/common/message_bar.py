"""A calm, dismissible bar for problems: plain words, the log's location, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.common.plain import plain_label, plain_tooltip


class MessageBar(QFrame):
    """Shows one plain-words message above the tabs until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(QCoreApplication.translate("MessageBar", "Problem report"))
        self.setStyleSheet(
            "#messageBar { background: #fdecea; border: 1px solid #f5c2bd; border-radius: 4px; }"
            "#messageBar QLabel { color: #611a15; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self._label = plain_label(QLabel())  # messages carry server and file names
        self._label.setObjectName("messageBarText")
        self._label.setWordWrap(True)
        close = QPushButton(QCoreApplication.translate("MessageBar", "Dismiss"))
        close.setObjectName("messageBarDismiss")
        close.setAccessibleName(QCoreApplication.translate("MessageBar", "Dismiss the message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_message(self, message: str, log_path: str | None = None) -> None:
        text = message
        if log_path:
            text += "\n" + QCoreApplication.translate(
                "MessageBar", "Details were written to {path}."
            ).format(path=log_path)
        self._label.setText(text)
        self._label.setToolTip(plain_tooltip(text))
        self.show()
