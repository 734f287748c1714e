"""Ask for a new name to copy or rename a model to."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.models.manage import NameProblem, check_new_name
from desktop.ui.models.widgets import named, plain_label


class CopyRenameDialog(QDialog):
    """Emits ``chosen(new_name, rename)`` once the name is valid."""

    chosen = Signal(str, bool)

    def __init__(self, source: str, installed: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "copyModelDialog", self.tr("Copy or rename a model"))
        self.setWindowTitle(self.tr("Copy or rename {name}").format(name=source))
        self.source = source
        self.installed = installed
        base, _, tag = source.partition(":")
        self.name_input = named(QLineEdit(f"{base}-copy"), "copyNameInput", self.tr("New name"))
        self.name_input.setToolTip(self.tr("For example my-assistant or my-assistant:v2"))
        self.name_input.selectAll()
        self.copy_choice = named(
            QRadioButton(self.tr("Make a copy (keep {name})").format(name=source)),
            "copyChoiceCopy",
            self.tr("Make a copy"),
        )
        self.rename_choice = named(
            QRadioButton(self.tr("Rename (the old name goes away)")),
            "copyChoiceRename",
            self.tr("Rename"),
        )
        self.copy_choice.setChecked(True)
        self.error = plain_label(wrap=True)
        self.error.setObjectName("copyNameError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        info = plain_label(
            self.tr("A copy takes almost no extra space: it shares the model's files."),
            wrap=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("New name:"), self.name_input)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(self.ok_button, "copyConfirmButton", self.tr("Confirm copy or rename"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.copy_choice)
        layout.addWidget(self.rename_choice)
        layout.addWidget(info)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        del tag

    def _accept(self) -> None:
        try:
            name = check_new_name(self.name_input.text(), self.source, self.installed)
        except NameProblem as problem:
            self.error.setText(str(problem))
            self.error.show()
            return
        self.chosen.emit(name, self.rename_choice.isChecked())
        self.accept()
