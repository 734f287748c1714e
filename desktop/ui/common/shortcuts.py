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


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_list() -> list[tuple[str, str]]:
    return [
        ("Ctrl+N", _t("New chat")),
        ("Ctrl+F", _t("Search all chats (on the Models tab: filter the models)")),
        ("Ctrl+D", _t("Models tab: type a model to download")),
        ("Ctrl+,", _t("Settings")),
        ("Ctrl+Q", _t("Quit")),
        ("Ctrl+1", _t("Chat tab")),
        ("Ctrl+2", _t("Models tab")),
        ("Ctrl+3", _t("Generate tab")),
        ("Enter", _t("Send the message (Shift+Enter adds a line; swappable in Settings)")),
        ("Esc", _t("Stop the reply being written")),
        ("Ctrl+Enter", _t("Run the request in the Generate tab")),
        ("F1", _t("This list of shortcuts")),
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
