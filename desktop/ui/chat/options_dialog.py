"""Per-chat settings: system prompt, the options people actually change, keep-alive, thinking.

Every option has a plain label, a tooltip and the model's own default beside it. Only options
that differ from the model's defaults are saved (and therefore sent), so the model keeps its
own settings for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.generate.options import (
    BUILT_IN,
    BY_NAME,
    OptionSpec,
    changed_options,
    shown_value,
)
from desktop.storage.records import Conversation
from desktop.ui.common.plain import plain_label, plain_tooltip

CHAT_OPTIONS = ("temperature", "top_p", "top_k", "seed", "num_ctx", "num_predict",
                "repeat_penalty", "stop")  # fmt: skip
# Texts are marked for lupdate here and translated where shown (context "ChatOptions").
LABELS = {
    "temperature": QT_TRANSLATE_NOOP("ChatOptions", "Creativity (temperature)"),
    "seed": QT_TRANSLATE_NOOP("ChatOptions", "Seed (repeatable answers)"),
}
SPECIAL = {  # shown at the editor's minimum
    "seed": QT_TRANSLATE_NOOP("ChatOptions", "random"),
    "num_predict": QT_TRANSLATE_NOOP("ChatOptions", "no limit"),
}
KEEP_ALIVE = [
    (None, QT_TRANSLATE_NOOP("ChatOptions", "Server's default (5 minutes)")),
    ("5m", QT_TRANSLATE_NOOP("ChatOptions", "5 minutes")),
    ("30m", QT_TRANSLATE_NOOP("ChatOptions", "30 minutes")),
    ("1h", QT_TRANSLATE_NOOP("ChatOptions", "1 hour")),
    ("4h", QT_TRANSLATE_NOOP("ChatOptions", "4 hours")),
    (-1, QT_TRANSLATE_NOOP("ChatOptions", "Until Ollama stops")),
    (0, QT_TRANSLATE_NOOP("ChatOptions", "Unload right after each reply")),
]
THINK = [
    (None, QT_TRANSLATE_NOOP("ChatOptions", "The model's default")),
    (True, QT_TRANSLATE_NOOP("ChatOptions", "On")),
    (False, QT_TRANSLATE_NOOP("ChatOptions", "Off")),
    ("low", QT_TRANSLATE_NOOP("ChatOptions", "On, brief (low)")),
    ("medium", QT_TRANSLATE_NOOP("ChatOptions", "On, medium")),
    ("high", QT_TRANSLATE_NOOP("ChatOptions", "On, thorough (high)")),
]


def _t(text: str) -> str:
    return QCoreApplication.translate("ChatOptions", text)


def _option_text(text: str) -> str:
    """Labels and help of the shared options (marked in ``desktop.ui.generate.option_texts``)."""
    return QCoreApplication.translate("GenerateOptions", text)


@dataclass(frozen=True)
class ChatSettings:
    system_prompt: str
    options: dict[str, Any]
    think: bool | str | None
    keep_alive: int | str | None


class FloatBox(QDoubleSpinBox):
    def textFromValue(self, value: float) -> str:
        return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


class ChatOptionsDialog(QDialog):
    """Edits one chat's settings; ``applied(ChatSettings)`` on Save."""

    applied = Signal(object)

    def __init__(
        self,
        conversation: Conversation,
        defaults: dict[str, Any],
        *,
        can_think: bool,
        think_note: str = "",
        model_system: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatOptionsDialog")
        self.setAccessibleName(self.tr("Chat settings"))
        self.setWindowTitle(self.tr("Chat settings"))
        self.conversation = conversation
        self.can_think = can_think
        self.defaults = {**BUILT_IN, **defaults}
        self._editors: dict[str, QWidget] = {}
        self._hints: dict[str, QLabel] = {}
        self._resets: dict[str, QToolButton] = {}

        self.system_prompt = QPlainTextEdit(conversation.system_prompt)
        self.system_prompt.setObjectName("chatSystemPrompt")
        self.system_prompt.setAccessibleName(self.tr("System prompt"))
        self.system_prompt.setToolTip(
            self.tr(
                "Instructions the model follows for this whole chat, e.g. “Answer briefly, "
                "in French.”"
            )
        )
        self.system_prompt.setPlaceholderText(
            self.tr("The model's own: {text}").format(text=model_system)
            if model_system
            else self.tr("No instructions: the model behaves as it was made to.")
        )
        self.system_prompt.setFixedHeight(80)
        prompt_box = QGroupBox(self.tr("System prompt"))
        QVBoxLayout(prompt_box).addWidget(self.system_prompt)

        options_box = QGroupBox(self.tr("Answers"))
        grid = QGridLayout(options_box)
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(CHAT_OPTIONS):
            self._add_row(grid, row, BY_NAME[name])

        self.keep_alive = QComboBox()
        self.keep_alive.setObjectName("chatKeepAlive")
        self.keep_alive.setAccessibleName(self.tr("Keep the model loaded"))
        self.keep_alive.setToolTip(
            self.tr(
                "How long the model stays in memory after a reply. Longer means the next "
                "reply starts at once, but the memory stays taken."
            )
        )
        for value, label in KEEP_ALIVE:
            self.keep_alive.addItem(_t(label), value)
        self._choose(self.keep_alive, conversation.keep_alive)
        self.think = QComboBox()
        self.think.setObjectName("chatThinking")
        self.think.setAccessibleName(self.tr("Thinking"))
        self.think.setToolTip(
            self.tr(
                "Whether the model thinks step by step before answering (slower, often "
                "better). The levels work on models that support them."
            )
        )
        for value, label in THINK:
            self.think.addItem(_t(label), value)
        self._choose(self.think, conversation.think)
        row = len(CHAT_OPTIONS)
        grid.addWidget(QLabel(self.tr("Keep the model loaded")), row, 0)
        grid.addWidget(self.keep_alive, row, 1, 1, 3)
        think_label = QLabel(self.tr("Thinking"))
        grid.addWidget(think_label, row + 1, 0)
        grid.addWidget(self.think, row + 1, 1, 1, 3)
        think_label.setVisible(can_think or bool(think_note))
        self.think.setVisible(can_think)
        self.think_note = plain_label(QLabel(think_note))
        self.think_note.setObjectName("chatThinkingNote")
        self.think_note.setWordWrap(True)
        grid.addWidget(self.think_note, row + 2 if can_think else row + 1, 1, 1, 3)
        self.think_note.setVisible(bool(think_note))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("chatOptionsSave")
        reset_all = QPushButton(self.tr("Reset all"))
        reset_all.setObjectName("chatOptionsResetAll")
        reset_all.setToolTip(self.tr("Back to the model's defaults"))
        buttons.addButton(reset_all, QDialogButtonBox.ButtonRole.ResetRole)
        reset_all.clicked.connect(self.reset_all)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt_box)
        layout.addWidget(options_box)
        layout.addWidget(buttons)
        for name in CHAT_OPTIONS:
            self.set_value(name, conversation.options.get(name, self.defaults[name]))
        self._refresh()

    # --- building -----------------------------------------------------------------------------

    def _add_row(self, grid: QGridLayout, row: int, spec: OptionSpec) -> None:
        label_text = _t(LABELS[spec.name]) if spec.name in LABELS else _option_text(spec.label)
        help_text = _option_text(spec.help)
        if spec.reloads_model:
            help_text += " " + self.tr("Changing it reloads the model, which takes a moment.")
        label = QLabel(label_text)
        label.setToolTip(help_text)
        editor = self._editor(spec)
        editor.setObjectName(f"chatOption_{spec.name}")
        editor.setAccessibleName(label_text)
        editor.setAccessibleDescription(help_text)
        editor.setToolTip(help_text)
        label.setBuddy(editor)
        hint = plain_label(QLabel())  # the model's own defaults
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = QFont(hint.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        hint.setFont(small)
        reset = QToolButton()
        reset.setText("↺")
        reset.setAccessibleName(self.tr("Reset {name}").format(name=label_text))
        reset.clicked.connect(lambda _=False, name=spec.name: self.reset(name))
        grid.addWidget(label, row, 0)
        grid.addWidget(editor, row, 1)
        grid.addWidget(hint, row, 2)
        grid.addWidget(reset, row, 3)
        if spec.reloads_model:
            label.setText(label_text + " ⟳")
        self._editors[spec.name] = editor
        self._hints[spec.name] = hint
        self._resets[spec.name] = reset

    def _editor(self, spec: OptionSpec) -> QWidget:
        if spec.kind == "float":
            box = FloatBox()
            box.setDecimals(3)
            box.setRange(spec.minimum, spec.maximum)
            box.setSingleStep(spec.step)
            box.valueChanged.connect(self._refresh)
            return box
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(int(spec.minimum), int(min(spec.maximum, 2**31 - 1)))
            spin.setSingleStep(int(spec.step))
            if spec.name in SPECIAL:
                spin.setSpecialValueText(_t(SPECIAL[spec.name]))
            spin.valueChanged.connect(self._refresh)
            return spin
        text = QPlainTextEdit()
        text.setPlaceholderText(self.tr("one per line"))
        text.setFixedHeight(54)
        text.textChanged.connect(self._refresh)
        return text

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == value and type(combo.itemData(index)) is type(value):
                combo.setCurrentIndex(index)
                return
        if value is not None:  # a value set elsewhere (an import): keep it visible
            combo.addItem(str(value), value)
            combo.setCurrentIndex(combo.count() - 1)

    # --- values -------------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        editor = self._editors[name]
        if isinstance(editor, QDoubleSpinBox):
            return round(editor.value(), 3)
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QPlainTextEdit)
        return [line for line in editor.toPlainText().splitlines() if line]

    def set_value(self, name: str, value: Any) -> None:
        editor = self._editors[name]
        if isinstance(editor, QDoubleSpinBox | QSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("\n".join(value))

    def reset(self, name: str) -> None:
        self.set_value(name, self.defaults[name])

    def reset_all(self) -> None:
        for name in CHAT_OPTIONS:
            self.reset(name)
        self.keep_alive.setCurrentIndex(0)
        self.think.setCurrentIndex(0)

    def settings(self) -> ChatSettings:
        shown = {name: self.value(name) for name in CHAT_OPTIONS}
        kept = {k: v for k, v in self.conversation.options.items() if k not in CHAT_OPTIONS}
        return ChatSettings(
            system_prompt=self.system_prompt.toPlainText().strip(),
            options={**kept, **changed_options(shown, self.defaults)},
            think=self.think.currentData() if self.can_think else None,
            keep_alive=self.keep_alive.currentData(),
        )

    def _refresh(self, *_args: object) -> None:
        for name in CHAT_OPTIONS:
            default = self.defaults[name]
            changed = bool(changed_options({name: self.value(name)}, self.defaults))
            if isinstance(default, list) and not default:
                shown = self.tr("none")
            elif name in SPECIAL and default == BY_NAME[name].minimum:
                shown = _t(SPECIAL[name])
            else:
                shown = shown_value(default)
            self._hints[name].setText(self.tr("default: {value}").format(value=shown))
            self._resets[name].setEnabled(changed)
            self._resets[name].setToolTip(
                plain_tooltip(self.tr("Back to the default ({value})").format(value=shown))
            )

    def _save(self) -> None:
        self.applied.emit(self.settings())
        self.accept()
