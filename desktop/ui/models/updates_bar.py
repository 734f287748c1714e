"""The row under the installed-models filters: check for updates, update one, update all.

Widgets only: the Models tab wires the buttons to ``desktop.services.models.updates`` and
tells this bar what to show.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.ui.models.widgets import named, plain_label


class UpdatesBar(QWidget):
    check_clicked = Signal()
    update_clicked = Signal()
    update_all_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_button = named(
            QPushButton(self.tr("Check for updates")),
            "checkUpdatesButton",
            self.tr("Check for updates"),
        )
        self.check_button.setToolTip(
            self.tr(
                "Ask each model's registry whether a newer version exists. Nothing is "
                "downloaded until you click Update."
            )
        )
        self.update_button = named(
            QPushButton(self.tr("Update")), "updateModelButton", self.tr("Update this model")
        )
        self.update_button.setToolTip(self.tr("Download the newer version of the selected model"))
        self.update_all_button = named(
            QPushButton(self.tr("Update all")), "updateAllButton", self.tr("Update all models")
        )
        self.update_all_button.setToolTip(
            self.tr("Download the newer version of every model that has one")
        )
        self.status = plain_label(wrap=True)
        self.status.setObjectName("updatesStatus")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.check_button.clicked.connect(self.check_clicked)
        self.update_button.clicked.connect(self.update_clicked)
        self.update_all_button.clicked.connect(self.update_all_clicked)
        self.update_button.setEnabled(False)
        self.update_all_button.setEnabled(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check_button)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.update_button)
        layout.addWidget(self.update_all_button)

    def show_state(
        self, *, status: str, checking: bool, can_update: bool, can_update_all: bool
    ) -> None:
        self.status.setText(status)
        self.status.setToolTip(status)
        self.check_button.setEnabled(not checking)
        self.update_button.setEnabled(can_update)
        self.update_all_button.setEnabled(can_update_all)
