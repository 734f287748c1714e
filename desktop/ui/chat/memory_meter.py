"""The memory meter in the chat's header: how much of what the model can keep in mind this
chat fills, in plain words; tokens and ``num_ctx`` in its tooltip (and on it in technical
mode). Its accessible description carries the two figures as plain integers ("3120 of 4096
tokens") for assistive tools and tests. A widget only: the figures come from
:class:`~desktop.services.chat.memory.meter.MemoryReading`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop import formats
from desktop.services.chat.memory.budget import BudgetSource
from desktop.services.chat.memory.meter import MemoryReading
from desktop.ui.common.plain import plain_line, plain_tooltip

FULL_AT = 0.9  # from here the meter takes the warning colour


def model_short_name(model: str) -> str:
    """ "smollm2" for "smollm2:135m" and "library/smollm2:latest"."""
    return plain_line(model.rsplit("/", 1)[-1].split(":", 1)[0]) or plain_line(model)


def source_words(source: BudgetSource) -> str:
    words = {
        BudgetSource.CHAT: QCoreApplication.translate("ChatMemory", "this chat's settings"),
        BudgetSource.LOADED: QCoreApplication.translate(
            "ChatMemory", "the model as Ollama has loaded it"
        ),
        BudgetSource.MODEL: QCoreApplication.translate("ChatMemory", "the model's own settings"),
        BudgetSource.SERVER_DEFAULT: QCoreApplication.translate(
            "ChatMemory", "Ollama's default for this version"
        ),
    }
    return words[source]


class MemoryMeter(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatContextMeter")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Memory"))
        self.setContentsMargins(12, 0, 12, 2)
        self.technical = False
        self.reading: MemoryReading | None = None
        self.warn_colour = ""
        self.note_colour = ""
        self.hide()

    def show_reading(self, reading: MemoryReading | None) -> None:
        self.reading = reading
        if reading is None or not reading.model:
            self.hide()
            return
        model = model_short_name(reading.model)
        text = self.tr("This chat fills {percent} of what {model} can keep in mind.").format(
            percent=formats.percent(reading.percent), model=model
        )
        used, limit = formats.number(reading.used), formats.number(reading.limit)
        if self.technical:
            text += " " + self.tr("({used} of {limit} tokens, num_ctx {num_ctx})").format(
                used=used, limit=limit, num_ctx=reading.limit
            )
        self.setText(text)
        self.setAccessibleDescription(f"{reading.used} of {reading.limit} tokens")
        tip = [
            self.tr("Memory: how much of the conversation {model} can keep in mind.").format(
                model=model
            ),
            self.tr("This chat: about {used} of {limit} tokens (num_ctx).").format(
                used=used, limit=limit
            ),
            self.tr("The limit comes from {source}.").format(
                source=source_words(reading.budget.source)
            ),
        ]
        if not reading.calibrated:
            tip.append(self.tr("A rough estimate until the model's first reply in this chat."))
        if reading.chars_per_token and self.technical:
            tip.append(
                self.tr("About {chars} characters per token in this chat.").format(
                    chars=formats.number(reading.chars_per_token, 1)
                )
            )
        self.setToolTip(plain_tooltip("\n".join(tip)))
        colour = self.warn_colour if reading.fraction >= FULL_AT else self.note_colour
        self.setStyleSheet(f"color: {colour};" if colour else "")
        self.show()
