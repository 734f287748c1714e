"""A window that shows the log of the Ollama that Paddock started."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class OllamaLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ollamaLogDialog")
        self.setAccessibleName(self.tr("Ollama log"))
        self.setWindowTitle(self.tr("Ollama — started by Paddock"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Paddock started Ollama for you and will stop it when you quit. Its messages:"
                )
            )
        )
        self.log = QPlainTextEdit()
        self.log.setObjectName("ollamaLog")
        self.log.setAccessibleName(self.tr("Ollama's messages"))
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        layout.addWidget(self.log, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.hide)
        layout.addWidget(buttons)

    def add_line(self, line: str) -> None:
        self.log.appendPlainText(line)
