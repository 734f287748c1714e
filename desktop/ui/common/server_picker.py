"""The status bar's server picker: which server Paddock talks to, and edit or remove it.

Shows friendly names ("This computer", or the name the user gave); the address is in the
tooltip. The window does the switching, saving and removing; this only shows and asks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from desktop.ui.common.icons import follow_theme
from desktop.ui.common.plain import plain_tooltip

ADD = "add"
COMMAND_LINE = "command-line"


@dataclass(frozen=True)
class PickerEntry:
    """One server in the list: ``key`` is a saved server's id, or ``COMMAND_LINE``."""

    key: str
    name: str
    url: str


class ServerPicker(QWidget):
    chosen = Signal(str)  # a saved server's id
    add_requested = Signal()
    edit_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("serverSwitcher")
        self.combo.setAccessibleName(self.tr("Ollama server"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._on_activated)
        self.edit_button = self._tool_button(
            "serverEditButton", "pencil", self.tr("Edit this server"),
            self.tr("Change this server's name, address or key"),
        )  # fmt: skip
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.current))
        self.remove_button = self._tool_button(
            "serverRemoveButton", "trash-2", self.tr("Remove this server"),
            self.tr("Remove this server from the list (your chats stay)"),
        )  # fmt: skip
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.current))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.remove_button)
        self.current = ""
        self._entries: dict[str, PickerEntry] = {}

    def _tool_button(self, name: str, icon_name: str, accessible: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        follow_theme(button, icon_name)
        return button

    def fill(self, entries: list[PickerEntry], selected: str, *, can_add: bool = True) -> None:
        """Show ``entries`` with ``selected`` chosen; edit and remove act on saved servers,
        and remove only while another one is left."""
        combo = self.combo
        combo.clear()
        self._entries = {entry.key: entry for entry in entries}
        for entry in entries:
            combo.addItem(entry.name, entry.key)
            combo.setItemData(
                combo.count() - 1, plain_tooltip(entry.url), Qt.ItemDataRole.ToolTipRole
            )
        if can_add:
            combo.addItem(self.tr("Add a server…"), ADD)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        self.current = str(combo.currentData() or "")
        entry = self._entries.get(self.current)
        combo.setToolTip(
            plain_tooltip(
                self.tr("Paddock talks to the Ollama server at {url}").format(url=entry.url)
            )
            if entry
            else self.tr("Which Ollama server Paddock talks to")
        )
        saved = sum(1 for key in self._entries if key != COMMAND_LINE)
        editable = bool(entry) and self.current != COMMAND_LINE
        self.edit_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and saved > 1)
        if self.current == COMMAND_LINE:
            reason = self.tr("This address was given when Paddock started; it isn't saved.")
            self.edit_button.setToolTip(reason)
            self.remove_button.setToolTip(reason)
        else:
            self.edit_button.setToolTip(self.tr("Change this server's name, address or key"))
            self.remove_button.setToolTip(
                self.tr("Remove this server from the list (your chats stay)")
                if saved > 1
                else self.tr("This is the only server, so it can't be removed.")
            )

    def _on_activated(self, index: int) -> None:
        choice = str(self.combo.itemData(index) or "")
        if choice == ADD:
            self.combo.setCurrentIndex(max(0, self.combo.findData(self.current)))
            self.add_requested.emit()
        elif choice and choice != self.current and choice != COMMAND_LINE:
            self.chosen.emit(choice)
        else:
            self.combo.setCurrentIndex(max(0, self.combo.findData(self.current)))
