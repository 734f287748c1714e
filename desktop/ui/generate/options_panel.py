"""The Generate panel's options: every option with its default and help in plain words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.services.generate.options import LOAD_TIME, SAMPLING, OptionSpec
from desktop.ui.common.design import SIZE_SMALL, SPACE_HAIR, SPACE_M, SPACE_S, SPACE_XS, scaled_font
from desktop.ui.common.option_editor import OptionEditor, option_text


class OptionsPanel(QWidget):
    """A grid of option editors, under a heading for each group.

    ``values()`` gives every current value; ``changed()`` only those that differ from the
    defaults in force (Ollama's, overlaid with the chosen model's own). ``set_defaults`` moves
    the editors the user has not touched to a new model's defaults.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = OptionEditor("option_", "optionDefault_", self)
        self.editor.edited.connect(self.edited)
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(SPACE_HAIR)
        row = 0
        for title, note, specs in (
            (self.tr("Sampling"), self.tr("How the next word is picked."), SAMPLING),
            (
                self.tr("Loading"),
                self.tr("Changing any of these reloads the model, which takes a while."),
                LOAD_TIME,
            ),
        ):
            heading = QLabel(f"<b>{title}</b> — {note}")
            heading.setWordWrap(True)
            heading.setContentsMargins(0, SPACE_M if row else 0, 0, SPACE_XS)
            grid.addWidget(heading, row, 0, 1, 4)
            row += 1
            for spec in specs:
                self._add_row(grid, row, spec)
                row += 2
        self.editor.refresh()

    def _add_row(self, grid: QGridLayout, row: int, spec: OptionSpec) -> None:
        help_text = option_text(spec.help)
        if spec.reloads_model:
            help_text += " " + self.tr("Changing this reloads the model.")
        widgets = self.editor.add(spec, label=option_text(spec.label), help_text=help_text)
        widgets.label.setToolTip(self.tr("Sent as “{name}”").format(name=spec.name))
        if spec.kind == "list":
            widgets.editor.setMaximumWidth(220)
        elif spec.kind != "bool":
            widgets.editor.setFixedWidth(110)
        help_label = QLabel(help_text)
        help_label.setWordWrap(True)
        help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        help_label.setFont(scaled_font(help_label.font(), SIZE_SMALL))
        help_label.setContentsMargins(0, 0, 0, SPACE_S)
        grid.addWidget(widgets.label, row, 0)
        grid.addWidget(widgets.editor, row, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(widgets.hint, row, 2)
        grid.addWidget(widgets.reset, row, 3)
        grid.addWidget(help_label, row + 1, 1, 1, 3)

    # --- values (the shared editor's) ---------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return self.editor.values()

    def changed(self) -> dict[str, Any]:
        """The options that would be sent: those that differ from the defaults in force."""
        return self.editor.changed()

    def defaults(self) -> dict[str, Any]:
        return self.editor.defaults()

    def set_value(self, name: str, value: Any) -> None:
        self.editor.set_value(name, value)

    def set_changed(self, changes: dict[str, Any]) -> None:
        """Show ``changes`` on top of the current defaults (a preset's options)."""
        self.editor.set_changed(changes)

    def reset(self, name: str) -> None:
        self.editor.reset(name)

    def reset_all(self) -> None:
        self.editor.reset_all()

    def is_changed(self, name: str) -> bool:
        return self.editor.is_changed(name)

    def set_defaults(self, defaults: dict[str, Any], model: str = "") -> None:
        """A model's own defaults: editors still at the old default follow to the new one."""
        self.editor.set_defaults(defaults, model)
