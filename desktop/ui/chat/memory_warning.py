"""The warning in the chat when it no longer fits the model's memory, with three choices.

Shown above the composer, never blocking: before a send that will not fit ("smollm2 can't
keep this whole chat in mind: it will forget the beginning"), or after a reply whose prompt
the server cut ("The model could not see the start of this chat"). The choices: Remember
more, Summarize and continue, Continue anyway. While a summary is being written the frame
shows its progress and a Cancel button. A widget only; the tab's memory control decides.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import formats
from desktop.ui.common.design import RADIUS, SPACE_M, SPACE_S, tones
from desktop.ui.common.plain import plain_label


class MemoryWarning(QFrame):
    remember_more = Signal()
    summarize = Signal()
    continue_anyway = Signal()
    cancel_summary = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatContextWarning")
        self._restyle()
        # "before" a send, "after" a cut reply, "refused" by the server, or "" when hidden
        self.kind = ""
        self.cut_reply_id: int | None = None
        self.message = plain_label(QLabel())
        self.message.setObjectName("chatContextWarningText")
        self.message.setWordWrap(True)
        bold = self.message.font()
        bold.setBold(True)
        self.message.setFont(bold)
        self.detail = plain_label(QLabel())
        self.detail.setObjectName("chatContextWarningDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        self.remember_button = QPushButton(self.tr("Remember more"))
        self.remember_button.setObjectName("rememberMoreButton")
        self.remember_button.setToolTip(
            self.tr("Let the model keep more of this chat in mind (it needs more memory)")
        )
        self.summarize_button = QPushButton(self.tr("Summarize and continue"))
        self.summarize_button.setObjectName("summarizeContinueButton")
        self.summarize_button.setToolTip(
            self.tr("The model sums this chat up, and a new chat starts from the summary")
        )
        self.continue_button = QPushButton(self.tr("Continue anyway"))
        self.continue_button.setObjectName("continueAnywayButton")
        self.continue_button.setToolTip(
            self.tr("Keep going: the model forgets the beginning (not asked again in this chat)")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSummaryButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel the summary"))
        self.remember_button.setAccessibleName(self.tr("Remember more"))
        self.summarize_button.setAccessibleName(self.tr("Summarize and continue"))
        self.continue_button.setAccessibleName(self.tr("Continue anyway"))
        self.cancel_button.hide()
        self.remember_button.clicked.connect(self.remember_more)
        self.summarize_button.clicked.connect(self.summarize)
        self.continue_button.clicked.connect(self.continue_anyway)
        self.cancel_button.clicked.connect(self.cancel_summary)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.remember_button,
            self.summarize_button,
            self.continue_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACE_M, SPACE_S, SPACE_M, SPACE_S)
        column.addWidget(self.message)
        column.addWidget(self.detail)
        column.addLayout(buttons)
        self.setAccessibleName(self.tr("The model's memory is full"))
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ⇄ dark: the accent follows
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        accent = tones().warning
        style = (
            "QFrame#chatContextWarning { background: palette(alternate-base); "
            f"border-left: 3px solid {accent}; border-radius: {RADIUS}px; }}"
        )
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def show_before_send(self, model: str) -> None:
        self.kind, self.cut_reply_id = "before", None
        self.message.setText(
            self.tr(
                "{model} can't keep this whole chat in mind: it will forget the beginning."
            ).format(model=model)
        )
        self._choices()

    def show_refused(self, model: str, reply_id: int) -> None:
        """The server refused the chat (``truncate: false``): nothing was forgotten yet."""
        self.kind, self.cut_reply_id = "refused", reply_id
        self.message.setText(
            self.tr(
                "{model} can't keep this whole chat in mind, so Ollama did not answer rather "
                "than forget the beginning. Your message is kept."
            ).format(model=model)
        )
        self._choices()

    def show_after_cut(self, model: str, reply_id: int, *, offer_continue: bool) -> None:
        self.kind, self.cut_reply_id = "after", reply_id
        self.message.setText(
            self.tr(
                "The model could not see the start of this chat when it wrote its last reply: "
                "{model} forgot the beginning."
            ).format(model=model)
        )
        self._choices(offer_continue=offer_continue)

    def show_detail(self, text: str, *, problem: bool = False) -> None:
        self.detail.setText(text)
        self.detail.setProperty("problem", problem)
        self.detail.show()

    def show_summary_progress(self, characters: int) -> None:
        self.message.setText(
            self.tr("Summarizing this chat… ({count} characters so far)").format(
                count=formats.number(characters)
            )
            if characters
            else self.tr("Summarizing this chat…")
        )
        self.detail.hide()
        for button in (self.remember_button, self.summarize_button, self.continue_button):
            button.hide()
        self.cancel_button.show()
        self.show()

    def hide_warning(self) -> None:
        self.kind, self.cut_reply_id = "", None
        self.detail.hide()
        self.hide()

    def _choices(self, *, offer_continue: bool = True) -> None:
        self.detail.hide()
        self.remember_button.show()
        self.summarize_button.show()
        self.continue_button.setVisible(offer_continue)
        self.cancel_button.hide()
        self.remember_button.setEnabled(True)
        self.summarize_button.setEnabled(True)
        self.show()
