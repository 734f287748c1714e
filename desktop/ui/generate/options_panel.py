"""The option editors: every option with its default and help in plain words, changes marked."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
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

from desktop.services.generate.options import (
    BUILT_IN,
    LOAD_TIME,
    SAMPLING,
    OptionSpec,
    changed_options,
    shown_value,
)
from desktop.ui.common.plain import plain_label, plain_tooltip

FLOAT_DECIMALS = 3


class FloatBox(QDoubleSpinBox):
    """A spin box that writes 0.8, not 0.800."""

    def textFromValue(self, value: float) -> str:
        return f"{value:.{self.decimals()}f}".rstrip("0").rstrip(".") or "0"


def translated(text: str) -> str:
    """Option labels and help live in the Qt-free services; translate them where shown."""
    return QCoreApplication.translate("GenerateOptions", text)


class OptionsPanel(QWidget):
    """A grid of editors.

    ``values()`` gives every current value; ``changed()`` only those that differ from the
    defaults in force (Ollama's, overlaid with the chosen model's own). ``set_defaults`` moves
    the editors the user has not touched to a new model's defaults.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._hints: dict[str, QLabel] = {}
        self._resets: dict[str, QToolButton] = {}
        self._specs: dict[str, OptionSpec] = {}
        self._defaults: dict[str, Any] = dict(BUILT_IN)
        self._model_name = ""
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(2)
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
            heading.setContentsMargins(0, 10 if row else 0, 0, 4)
            grid.addWidget(heading, row, 0, 1, 4)
            row += 1
            for spec in specs:
                self._add_row(grid, row, spec)
                row += 2
        self._refresh_marks()

    # --- building -----------------------------------------------------------------------------

    def _add_row(self, grid: QGridLayout, row: int, spec: OptionSpec) -> None:
        help_text = translated(spec.help)
        if spec.reloads_model:
            help_text += " " + self.tr("Changing this reloads the model.")
        label = QLabel(translated(spec.label))
        label.setToolTip(self.tr("Sent as “{name}”").format(name=spec.name))
        editor = self._make_editor(spec)
        editor.setObjectName(f"option_{spec.name}")
        editor.setAccessibleName(translated(spec.label))
        editor.setAccessibleDescription(help_text)
        editor.setToolTip(help_text)
        hint = plain_label(QLabel())  # the model's own defaults
        hint.setObjectName(f"optionDefault_{spec.name}")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        reset = QToolButton()
        reset.setText("↺")
        reset.setAccessibleName(self.tr("Reset {name}").format(name=translated(spec.label)))
        reset.clicked.connect(lambda _checked=False, name=spec.name: self.reset(name))
        help_label = QLabel(help_text)
        help_label.setWordWrap(True)
        help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = QFont(help_label.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))
        help_label.setFont(small)
        hint.setFont(small)
        label.setBuddy(editor)
        if spec.kind == "list":
            editor.setMaximumWidth(220)
        elif spec.kind != "bool":
            editor.setFixedWidth(110)
        grid.addWidget(label, row, 0)
        grid.addWidget(editor, row, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(hint, row, 2)
        grid.addWidget(reset, row, 3)
        help_label.setContentsMargins(0, 0, 0, 6)
        grid.addWidget(help_label, row + 1, 1, 1, 3)
        self._editors[spec.name] = editor
        self._labels[spec.name] = label
        self._hints[spec.name] = hint
        self._resets[spec.name] = reset
        self._specs[spec.name] = spec

    def _make_editor(self, spec: OptionSpec) -> QWidget:
        if spec.kind == "float":
            box = FloatBox()
            box.setDecimals(FLOAT_DECIMALS)
            box.setRange(spec.minimum, spec.maximum)
            box.setSingleStep(spec.step)
            box.setValue(spec.default)
            box.valueChanged.connect(self._on_edit)
            return box
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(int(spec.minimum), int(min(spec.maximum, 2**31 - 1)))
            spin.setSingleStep(int(spec.step))
            spin.setValue(spec.default)
            spin.valueChanged.connect(self._on_edit)
            return spin
        if spec.kind == "bool":
            check = QCheckBox()
            check.setChecked(spec.default)
            check.toggled.connect(self._on_edit)
            return check
        text = QPlainTextEdit()
        text.setPlaceholderText(self.tr("one per line"))
        text.setFixedHeight(54)
        text.textChanged.connect(self._on_edit)
        return text

    # --- values -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: self._value(name) for name in self._editors}

    def changed(self) -> dict[str, Any]:
        """The options that would be sent: those that differ from the defaults in force."""
        return changed_options(self.values(), self._defaults)

    def defaults(self) -> dict[str, Any]:
        return dict(self._defaults)

    def _value(self, name: str) -> Any:
        editor = self._editors[name]
        if isinstance(editor, QDoubleSpinBox):
            return round(editor.value(), FLOAT_DECIMALS)
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
        elif isinstance(editor, QPlainTextEdit) and self._value(name) != list(value):
            editor.setPlainText("\n".join(value))

    def set_changed(self, changes: dict[str, Any]) -> None:
        """Show ``changes`` on top of the current defaults (a preset's options)."""
        for name in self._editors:
            self.set_value(name, changes.get(name, self._defaults[name]))

    def reset(self, name: str) -> None:
        self.set_value(name, self._defaults[name])

    def reset_all(self) -> None:
        self.set_changed({})

    def is_changed(self, name: str) -> bool:
        return name in changed_options({name: self._value(name)}, self._defaults)

    def set_defaults(self, defaults: dict[str, Any], model: str = "") -> None:
        """A model's own defaults: editors still at the old default follow to the new one."""
        untouched = [name for name in self._editors if not self.is_changed(name)]
        self._defaults = {**BUILT_IN, **defaults}
        self._model_name = model
        for name in untouched:
            self.set_value(name, self._defaults[name])
        self._refresh_marks()
        self.edited.emit()

    # --- marks --------------------------------------------------------------------------------

    def _on_edit(self, *_args: object) -> None:
        self._refresh_marks()
        self.edited.emit()

    def _refresh_marks(self) -> None:
        for name, spec in self._specs.items():
            changed = self.is_changed(name)
            default = self._defaults[name]
            shown = self._shown(default)
            from_model = not _same(default, BUILT_IN[name])
            hint = (
                self.tr("model's default: {value}") if from_model else self.tr("default: {value}")
            ).format(value=shown)
            self._hints[name].setText(hint)
            self._hints[name].setToolTip(
                plain_tooltip(
                    self.tr("{model} sets this in its own settings").format(model=self._model_name)
                )
                if from_model
                else self.tr("Ollama's built-in value")
            )
            label = self._labels[name]
            label.setText(
                f"<b>{translated(spec.label)} ●</b>" if changed else translated(spec.label)
            )
            label.setAccessibleDescription(self.tr("changed") if changed else "")
            reset = self._resets[name]
            reset.setEnabled(changed)
            reset.setToolTip(
                plain_tooltip(self.tr("Back to the default ({value})").format(value=shown))
            )

    def _shown(self, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr("on") if value else self.tr("off")
        if isinstance(value, list) and not value:
            return self.tr("none")
        text = shown_value(value)
        return text if len(text) <= 16 else text[:15] + "…"


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, float) or isinstance(right, float):
        return math.isclose(float(left), float(right), abs_tol=1e-9)
    return left == right
