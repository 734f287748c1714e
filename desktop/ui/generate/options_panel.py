"""The option editors: every option with its default visible and help in plain words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.services.generate.options import LOAD_TIME, SAMPLING, OptionSpec


class OptionsPanel(QWidget):
    """A grid of editors; ``values()`` gives all current values, changed or not."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QWidget] = {}
        self._specs: dict[str, OptionSpec] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        row = 0
        for title, specs in (
            (self.tr("Sampling"), SAMPLING),
            (self.tr("Loading — changing these reloads the model"), LOAD_TIME),
        ):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for spec in specs:
                self._add_row(grid, row, spec)
                row += 1

    def _add_row(self, grid: QGridLayout, row: int, spec: OptionSpec) -> None:
        help_text = spec.help
        if spec.reloads_model:
            help_text += " " + self.tr("Changing this reloads the model.")
        label = QLabel(spec.label)
        label.setToolTip(f"{spec.name}: {help_text}")
        editor = self._make_editor(spec)
        editor.setObjectName(f"option_{spec.name}")
        editor.setAccessibleName(spec.label)
        editor.setAccessibleDescription(help_text)
        editor.setToolTip(
            f"{help_text}\n" + self.tr("Default: {value}").format(value=_shown(spec.default))
        )
        reset = QToolButton()
        reset.setText("↺")
        reset.setToolTip(
            self.tr("Back to the default ({value})").format(value=_shown(spec.default))
        )
        reset.setAccessibleName(self.tr("Reset {name}").format(name=spec.label))
        reset.clicked.connect(lambda _checked=False, name=spec.name: self.reset(name))
        label.setBuddy(editor)
        grid.addWidget(label, row, 0)
        grid.addWidget(editor, row, 1)
        grid.addWidget(reset, row, 2)
        self._editors[spec.name] = editor
        self._specs[spec.name] = spec

    def _make_editor(self, spec: OptionSpec) -> QWidget:
        if spec.kind == "float":
            box = QDoubleSpinBox()
            box.setDecimals(2 if spec.step >= 0.01 else 3)
            box.setRange(spec.minimum, spec.maximum)
            box.setSingleStep(spec.step)
            box.setValue(spec.default)
            box.valueChanged.connect(self.changed)
            return box
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(int(spec.minimum), int(min(spec.maximum, 2**31 - 1)))
            spin.setSingleStep(int(spec.step))
            spin.setValue(spec.default)
            spin.valueChanged.connect(self.changed)
            return spin
        if spec.kind == "bool":
            check = QCheckBox()
            check.setChecked(spec.default)
            check.toggled.connect(self.changed)
            return check
        text = QPlainTextEdit()
        text.setPlaceholderText(self.tr("one per line"))
        text.setFixedHeight(54)
        text.textChanged.connect(self.changed)
        return text

    def values(self) -> dict[str, Any]:
        return {name: self._value(name) for name in self._editors}

    def _value(self, name: str) -> Any:
        editor = self._editors[name]
        if isinstance(editor, QDoubleSpinBox):
            return round(editor.value(), 4)
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        assert isinstance(editor, QPlainTextEdit)
        return [line for line in editor.toPlainText().splitlines() if line]

    def set_value(self, name: str, value: Any) -> None:
        editor = self._editors[name]
        if isinstance(editor, QDoubleSpinBox | QSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("\n".join(value))

    def set_values(self, values: dict[str, Any]) -> None:
        for name in self._editors:
            self.set_value(name, values.get(name, self._specs[name].default))

    def reset(self, name: str) -> None:
        self.set_value(name, self._specs[name].default)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, list):
        return "none" if not value else ", ".join(value)
    return str(value)
