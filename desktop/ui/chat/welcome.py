"""What an empty chat shows: which model will answer, what it is good for, and a first question.

A blank page asks people to know what to type; three example questions to click get a first
answer without that. The model's abilities are said in plain words (never "completion" or
"tools" as Ollama names them).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.common.design import SIZE_DISPLAY, SPACE_M, SPACE_XL, SPACE_XXL
from desktop.ui.common.plain import plain_line


def ability_words(name: str, capabilities: Sequence[str]) -> list[str]:
    """What a model is good for, in plain words, from Ollama's capability names."""
    words = [QCoreApplication.translate("ChatWelcome", "chat")]
    if "coder" in name.lower() or "code" in name.lower():
        words.append(QCoreApplication.translate("ChatWelcome", "code"))
    if "vision" in capabilities:
        words.append(QCoreApplication.translate("ChatWelcome", "pictures"))
    if "thinking" in capabilities:
        words.append(QCoreApplication.translate("ChatWelcome", "thinking things through"))
    if "tools" in capabilities:
        words.append(QCoreApplication.translate("ChatWelcome", "using tools"))
    return words


class ChatWelcome(QWidget):
    """The empty chat's welcome; ``prompt_chosen(text)`` when an example is clicked."""

    prompt_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatWelcome")
        self.setAccessibleName(self.tr("A new chat"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_XXL, SPACE_XL, SPACE_XXL, SPACE_XL)
        layout.setSpacing(SPACE_M)
        self.title = QLabel()
        self.title.setObjectName("chatWelcomeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * SIZE_DISPLAY)
        font.setBold(True)
        self.title.setFont(font)
        self.abilities = QLabel()
        self.abilities.setObjectName("chatWelcomeAbilities")
        self.abilities.setTextFormat(Qt.TextFormat.PlainText)
        self.abilities.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.abilities.setWordWrap(True)
        self.abilities.setProperty("note", True)
        hint = QLabel(self.tr("Type a message below, or try one of these:"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.abilities)
        layout.addSpacing(12)
        layout.addWidget(hint)
        self.examples: list[QPushButton] = []
        examples = (
            self.tr("Explain how rainbows form, in simple words."),
            self.tr("Write a short, friendly message to say I'll be ten minutes late."),
            self.tr("Give me three ideas for a quick dinner from what's usually in the cupboard."),
        )
        for text in examples:
            button = QPushButton(text)
            button.setObjectName("chatWelcomeExample")
            button.setAccessibleName(self.tr("Ask: {question}").format(question=text))
            button.setToolTip(self.tr("Send this question"))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(
                lambda _checked=False, b=button: self.prompt_chosen.emit(b.text())
            )
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.examples.append(button)
        layout.addStretch(3)
        self.set_model("", [])

    def set_model(self, name: str, capabilities: Sequence[str]) -> None:
        """The model that will answer (none chosen yet: say so)."""
        shown = plain_line(name)
        if shown:
            self.title.setText(self.tr("Chat with {model}").format(model=shown))
            self.abilities.setText(
                self.tr("Good for: {abilities}").format(
                    abilities=" · ".join(ability_words(name, capabilities))
                )
            )
        else:
            self.title.setText(self.tr("Choose a model to start chatting"))
            self.abilities.setText("")
        self.abilities.setVisible(bool(shown))
        for button in self.examples:
            button.setEnabled(bool(shown))
