"""Per-chat settings: system prompt, the options people actually change, keep-alive, thinking.

Every option has a plain label, a tooltip and the model's own default beside it. Only options
that differ from the model's defaults are saved (and therefore sent), so the model keeps its
own settings for the rest.

By default the dialog speaks plainly: creativity, the reply length limit, the memory, and three
keep-alive choices. With Settings → Show technical details it also offers the sampling options
(Top P, Top K, repeat penalty, stop words, seed) under their API names and a free keep-alive
value. The setting is read when the dialog opens; options it does not show are kept as saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.generate.options import BY_NAME, OptionSpec
from desktop.services.generate.request import keep_alive_value
from desktop.storage.records import Conversation
from desktop.ui.common.option_editor import OptionEditor, option_text
from desktop.ui.common.plain import plain_label

CHAT_OPTIONS = ("temperature", "top_p", "top_k", "seed", "num_ctx", "num_predict",
                "repeat_penalty", "stop")  # fmt: skip
PLAIN_OPTIONS = ("temperature", "num_ctx", "num_predict")  # the rest need technical details
# Texts are marked for lupdate here and translated where shown (context "ChatOptions").
LABELS = {  # with technical details: the plain name and the API's
    "temperature": QT_TRANSLATE_NOOP("ChatOptions", "Creativity (temperature)"),
    "num_predict": QT_TRANSLATE_NOOP("ChatOptions", "Reply length limit (num_predict)"),
    "seed": QT_TRANSLATE_NOOP("ChatOptions", "Seed (repeatable answers)"),
}
PLAIN_LABELS = {
    "temperature": QT_TRANSLATE_NOOP("ChatOptions", "Creativity"),
    "num_predict": QT_TRANSLATE_NOOP("ChatOptions", "Reply length limit"),
}
PLAIN_HELP = {
    "num_predict": QT_TRANSLATE_NOOP(
        "ChatOptions",
        "Stops a reply once it is this long, counted in word pieces (a word is one to three).",
    ),
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
PLAIN_KEEP_ALIVE = [
    (None, QT_TRANSLATE_NOOP("ChatOptions", "Stay loaded for 5 minutes")),
    (-1, QT_TRANSLATE_NOOP("ChatOptions", "Stay loaded until Ollama stops")),
    (0, QT_TRANSLATE_NOOP("ChatOptions", "Unload after each reply")),
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


@dataclass(frozen=True)
class ChatSettings:
    system_prompt: str
    options: dict[str, Any]
    think: bool | str | None
    keep_alive: int | str | None


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
        technical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatOptionsDialog")
        self.setAccessibleName(self.tr("Chat settings"))
        self.setWindowTitle(self.tr("Chat settings"))
        self.conversation = conversation
        self.can_think = can_think
        self.technical = technical
        self.shown_options = CHAT_OPTIONS if technical else PLAIN_OPTIONS
        self.editor = OptionEditor("chatOption_", parent=self)
        self.editor.set_defaults(defaults, conversation.model)

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
        for row, name in enumerate(self.shown_options):
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
        for value, label in KEEP_ALIVE if technical else PLAIN_KEEP_ALIVE:
            self.keep_alive.addItem(_t(label), value)
        self.keep_alive_custom = QLineEdit()
        self.keep_alive_custom.setObjectName("chatKeepAliveCustom")
        self.keep_alive_custom.setAccessibleName(self.tr("Keep the model loaded for (a value)"))
        self.keep_alive_custom.setPlaceholderText(self.tr("or a value, e.g. 300, 10m, -1"))
        self.keep_alive_custom.setToolTip(
            self.tr(
                "Seconds (300), a duration (10m, 1h), 0 to unload at once or -1 to keep it "
                "loaded; when filled in, it wins over the choice beside it."
            )
        )
        self.keep_alive_custom.setVisible(technical)
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
        row = len(self.shown_options)
        grid.addWidget(QLabel(self.tr("Keep the model loaded")), row, 0)
        keep_alive_row = QHBoxLayout()
        keep_alive_row.setContentsMargins(0, 0, 0, 0)
        keep_alive_row.addWidget(self.keep_alive, 1)
        keep_alive_row.addWidget(self.keep_alive_custom, 1)
        grid.addLayout(keep_alive_row, row, 1, 1, 3)
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
        self.editor.set_changed(conversation.options)
        self.editor.refresh()

    # --- building -----------------------------------------------------------------------------

    def _add_row(self, grid: QGridLayout, row: int, spec: OptionSpec) -> None:
        labels = LABELS if self.technical else PLAIN_LABELS
        label = _t(labels[spec.name]) if spec.name in labels else option_text(spec.label)
        if not self.technical and spec.name in PLAIN_HELP:
            help_text = _t(PLAIN_HELP[spec.name])
        else:
            help_text = option_text(spec.help)
        if spec.reloads_model:
            help_text += " " + self.tr("Changing it reloads the model, which takes a moment.")
            label += " ⟳"
        special = _t(SPECIAL[spec.name]) if spec.name in SPECIAL else ""
        widgets = self.editor.add(spec, label=label, help_text=help_text, special=special)
        widgets.label.setToolTip(help_text)
        grid.addWidget(widgets.label, row, 0)
        grid.addWidget(widgets.editor, row, 1)
        grid.addWidget(widgets.hint, row, 2)
        grid.addWidget(widgets.reset, row, 3)

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == value and type(combo.itemData(index)) is type(value):
                combo.setCurrentIndex(index)
                return
        if value is not None:  # a value set elsewhere (an import, technical details): keep it
            named = [label for known, label in KEEP_ALIVE if known == value and known is not None]
            combo.addItem(_t(named[0]) if named else str(value), value)
            combo.setCurrentIndex(combo.count() - 1)

    # --- values -------------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        return self.editor.value(name)

    def set_value(self, name: str, value: Any) -> None:
        self.editor.set_value(name, value)

    def reset_all(self) -> None:
        self.editor.reset_all()
        self.keep_alive.setCurrentIndex(0)
        self.keep_alive_custom.clear()
        self.think.setCurrentIndex(0)

    def settings(self) -> ChatSettings:
        shown = self.shown_options
        kept = {k: v for k, v in self.conversation.options.items() if k not in shown}
        custom = keep_alive_value(self.keep_alive_custom.text()) if self.technical else None
        return ChatSettings(
            system_prompt=self.system_prompt.toPlainText().strip(),
            options={**kept, **self.editor.changed()},
            think=self.think.currentData() if self.can_think else None,
            keep_alive=custom if custom is not None else self.keep_alive.currentData(),
        )

    def _save(self) -> None:
        self.applied.emit(self.settings())
        self.accept()
