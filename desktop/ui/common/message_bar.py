"""A calm, dismissible bar for problems: plain words, the log's location, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.common.design import RADIUS_SMALL, SPACE_M, SPACE_S, tones
from desktop.ui.common.plain import plain_label, plain_tooltip


class MessageBar(QFrame):
    """Shows one plain-words message above the tabs until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(QCoreApplication.translate("MessageBar", "Problem report"))
        self._restyle()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE_M, SPACE_S, SPACE_S, SPACE_S)
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

    def _restyle(self) -> None:
        """A problem's box in the current theme's tones (a light pink glared on the dark one)."""
        tone = tones()
        sheet = (
            f"#messageBar {{ background: {tone.problem_background};"
            f" border: 1px solid {tone.problem_border}; border-radius: {RADIUS_SMALL}px; }}"
            f"#messageBar QLabel {{ color: {tone.problem_text}; }}"
        )
        if sheet != self.styleSheet():  # restyling changes the palette: no endless round
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

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
