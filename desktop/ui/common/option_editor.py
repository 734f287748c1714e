"""Editors for model options, built from their specs: one for Chat settings and Generate.

Each option gets a label, an editor that fits its kind, a hint with the default in force and a
reset button. Defaults are Ollama's built-in values overlaid with the model's own; an option
counts as changed (and is sent) only when it differs from that default by more than the
services' float tolerance, so the editors and the request agree on what "changed" means.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.formats import decimal, number
from desktop.services.generate.options import (
    BUILT_IN,
    OptionSpec,
    changed_options,
    same_setting,
    shown_value,
)
from desktop.ui.common.design import SIZE_SMALL, scaled_font
from desktop.ui.common.plain import plain_label, plain_tooltip
from desktop.ui.common.words import translate

FLOAT_DECIMALS = 3  # what the editors show; FLOAT_TOLERANCE in the services matches it
LONGEST_HINT = 16


def option_text(text: str) -> str:
    """Option labels and help live in the Qt-free services (listed for lupdate in
    ``desktop.ui.generate.option_texts``); they are translated where shown."""
    return QCoreApplication.translate("GenerateOptions", text)


class FloatBox(QDoubleSpinBox):
    """A spin box that writes 0.8, not 0.800, in the user's number format."""

    def textFromValue(self, value: float) -> str:
        return decimal(value, self.decimals())


def small_font(widget: QWidget) -> QFont:
    return scaled_font(widget.font(), SIZE_SMALL)


@dataclass
class OptionRow:
    """The widgets of one option, for the caller to place in its layout."""

    spec: OptionSpec
    text: str  # the label's text when unchanged
    label: QLabel
    editor: QWidget
    hint: QLabel
    reset: QToolButton
    special: str = ""  # what an int editor shows at its minimum ("random"), if anything


class OptionEditor(QObject):
    """The values of a set of option editors and their marks.

    ``values()`` gives every current value; ``changed()`` only those that differ from the
    defaults in force. ``set_defaults`` moves the editors the user has not touched to a new
    model's defaults. ``edited`` is emitted after every change. Its words keep the context
    "OptionsPanel" they were first translated in.
    """

    edited = Signal()

    def __init__(
        self, editor_prefix: str, hint_prefix: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._editor_prefix = editor_prefix
        self._hint_prefix = hint_prefix
        self.rows: dict[str, OptionRow] = {}
        self._defaults: dict[str, Any] = dict(BUILT_IN)
        self._model = ""

    # --- building -----------------------------------------------------------------------------

    def add(self, spec: OptionSpec, *, label: str, help_text: str, special: str = "") -> OptionRow:
        """Make the widgets of ``spec``'s row; ``special`` names an int editor's minimum."""
        editor = self._make_editor(spec, special)
        editor.setObjectName(f"{self._editor_prefix}{spec.name}")
        editor.setAccessibleName(label)
        editor.setAccessibleDescription(help_text)
        editor.setToolTip(help_text)
        title = QLabel(label)
        title.setBuddy(editor)
        hint = plain_label(QLabel())  # the model's own defaults: server text
        if self._hint_prefix:
            hint.setObjectName(f"{self._hint_prefix}{spec.name}")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setFont(small_font(hint))
        reset = QToolButton()
        reset.setText("↺")
        reset.setAccessibleName(translate("OptionsPanel", "Reset {name}").format(name=label))
        reset.clicked.connect(lambda _checked=False, name=spec.name: self.reset(name))
        row = OptionRow(spec, label, title, editor, hint, reset, special)
        self.rows[spec.name] = row
        return row

    def _make_editor(self, spec: OptionSpec, special: str) -> QWidget:
        editor: QWidget
        if spec.kind == "float":
            editor = FloatBox()
            editor.setDecimals(FLOAT_DECIMALS)
            editor.setRange(spec.minimum, spec.maximum)
            editor.setSingleStep(spec.step)
        elif spec.kind == "int":
            editor = QSpinBox()
            editor.setRange(int(spec.minimum), int(min(spec.maximum, 2**31 - 1)))
            editor.setSingleStep(int(spec.step))
            if special:
                editor.setSpecialValueText(special)
        elif spec.kind == "bool":
            editor = QCheckBox()
        else:
            editor = QPlainTextEdit()
            editor.setPlaceholderText(translate("OptionsPanel", "one per line"))
            editor.setFixedHeight(54)
        _show(editor, self._defaults[spec.name])
        if isinstance(editor, QDoubleSpinBox | QSpinBox):
            editor.valueChanged.connect(self._on_edit)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(self._on_edit)
        else:
            editor.textChanged.connect(self._on_edit)
        return editor

    # --- values -------------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        editor = self.rows[name].editor
        if isinstance(editor, QDoubleSpinBox):
            return round(editor.value(), FLOAT_DECIMALS)
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        assert isinstance(editor, QPlainTextEdit)
        return _lines(editor)

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.rows}

    def set_value(self, name: str, value: Any) -> None:
        _show(self.rows[name].editor, value)

    def changed(self) -> dict[str, Any]:
        """The options that would be sent: those that differ from the defaults in force."""
        return changed_options(self.values(), self._defaults)

    def is_changed(self, name: str) -> bool:
        return name in changed_options({name: self.value(name)}, self._defaults)

    def set_changed(self, changes: dict[str, Any]) -> None:
        """Show ``changes`` on top of the current defaults (saved options, a preset)."""
        for name in self.rows:
            self.set_value(name, changes.get(name, self._defaults[name]))

    def reset(self, name: str) -> None:
        self.set_value(name, self._defaults[name])

    def reset_all(self) -> None:
        self.set_changed({})

    def defaults(self) -> dict[str, Any]:
        return dict(self._defaults)

    def set_defaults(self, defaults: dict[str, Any], model: str = "") -> None:
        """A model's own defaults: editors still at the old default follow to the new one."""
        untouched = [name for name in self.rows if not self.is_changed(name)]
        self._defaults = {**BUILT_IN, **defaults}
        self._model = model
        for name in untouched:
            self.set_value(name, self._defaults[name])
        self.refresh()
        self.edited.emit()

    # --- marks --------------------------------------------------------------------------------

    def _on_edit(self, *_args: object) -> None:
        self.refresh()
        self.edited.emit()

    def refresh(self) -> None:
        """Hints, reset buttons and the changed mark on each label."""
        for name, row in self.rows.items():
            changed = self.is_changed(name)
            default = self._defaults[name]
            shown = self.shown(name, default)
            if same_setting(default, BUILT_IN[name]):
                hint = translate("OptionsPanel", "default: {value}")
                source = translate("OptionsPanel", "Ollama's built-in value")
            else:
                hint = translate("OptionsPanel", "model's default: {value}")
                source = translate("OptionsPanel", "{model} sets this in its own settings")
            row.hint.setText(hint.format(value=shown))
            row.hint.setToolTip(plain_tooltip(source.format(model=self._model)))
            row.label.setText(f"<b>{row.text} ●</b>" if changed else row.text)
            row.label.setAccessibleDescription(
                translate("OptionsPanel", "changed") if changed else ""
            )
            row.reset.setEnabled(changed)
            row.reset.setToolTip(
                plain_tooltip(
                    translate("OptionsPanel", "Back to the default ({value})").format(value=shown)
                )
            )

    def shown(self, name: str, value: Any) -> str:
        """A value as the hints write it: "on", "none", "random", "0,8" (in the user's format)."""
        row = self.rows[name]
        if isinstance(value, bool):
            return translate("OptionsPanel", "on") if value else translate("OptionsPanel", "off")
        if isinstance(value, list) and not value:
            return translate("OptionsPanel", "none")
        if row.special and value == row.spec.minimum:
            return row.special
        if isinstance(value, float):
            return decimal(value, FLOAT_DECIMALS)
        text = number(value) if isinstance(value, int) else shown_value(value)
        return text if len(text) <= LONGEST_HINT else text[: LONGEST_HINT - 1] + "…"


def _show(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QDoubleSpinBox | QSpinBox):
        editor.setValue(value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QPlainTextEdit) and _lines(editor) != list(value):
        editor.setPlainText("\n".join(value))  # only when different: it moves the cursor


def _lines(editor: QPlainTextEdit) -> list[str]:
    return [line for line in editor.toPlainText().splitlines() if line]
