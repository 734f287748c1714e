"""Every keyboard shortcut, in one list the Help window shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text)


def shortcut_list() -> list[tuple[str, str]]:
    return [
        ("Ctrl+N", translate("Shortcuts", "New chat")),
        (
            "Ctrl+F",
            translate("Shortcuts", "Search all chats (on the Models tab: filter the models)"),
        ),
        ("Ctrl+D", translate("Shortcuts", "Models tab: type a model to download")),
        ("Ctrl+,", translate("Shortcuts", "Settings")),
        ("Ctrl+Q", translate("Shortcuts", "Quit")),
        ("Ctrl+1", translate("Shortcuts", "Chat tab")),
        ("Ctrl+2", translate("Shortcuts", "Models tab")),
        ("Ctrl+3", translate("Shortcuts", "Generate tab")),
        (
            "Enter",
            translate(
                "Shortcuts", "Send the message (Shift+Enter adds a line; swappable in Settings)"
            ),
        ),
        ("Esc", translate("Shortcuts", "Stop the reply being written")),
        ("Ctrl+Enter", translate("Shortcuts", "Run the request in the Generate tab")),
        ("F1", translate("Shortcuts", "This list of shortcuts")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 420)
        rows = shortcut_list()
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
