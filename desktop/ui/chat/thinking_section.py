"""The model's thinking, in its own collapsible section with how long it thought.

Open while the model thinks (the text streams in, appended — never re-rendered), closed as soon
as the answer starts; a click opens it again. Stored replies show it closed.

Thinking is model text like any other: long runs get break opportunities, and only its first
``SHOWN_THINKING_CHARS`` are shown (one text piece), with a count of the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.formats import elapsed, number
from desktop.ui.chat.style import ChatStyle
from desktop.ui.chat.text_view import MessageText
from desktop.ui.common.design import SPACE_HAIR, SPACE_S, SPACE_XS
from desktop.ui.common.display_limits import RunBreaker

SHOWN_THINKING_CHARS = 50_000  # the rest is counted, not shown: one piece, laid out each frame


class ThinkingSection(QFrame):
    """A toggle ("Thought for 4.2 s") over the thinking text."""

    changed = Signal()

    def __init__(self, style: ChatStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinkingSection")
        self.setAccessibleName(self.tr("The model's thinking"))
        self.toggle = QToolButton()
        self.toggle.setObjectName("thinkingToggle")
        self.toggle.setAccessibleName(self.tr("Show or hide the thinking"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setStyleSheet(style.action_css())
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.toggled.connect(self.set_open)
        self.text = MessageText(style_sheet=style.document_css)
        self.text.setObjectName("thinkingText")
        self.text.setAccessibleName(self.tr("Thinking"))
        self.text.setStyleSheet(
            f"QTextBrowser {{ background: transparent; color: {style.colours.muted};"
            f" border: none; border-left: 3px solid {style.colours.border};"
            f" padding-left: {SPACE_S}px; }}"
        )
        italic = QFont(self.text.font())
        italic.setItalic(True)
        self.text.setFont(italic)
        self._format = QTextCharFormat()
        self.text.hide()
        self.fold_note = QLabel()
        self.fold_note.setObjectName("thinkingFoldNote")
        self.fold_note.setTextFormat(Qt.TextFormat.PlainText)
        self.fold_note.setWordWrap(True)
        self.fold_note.hide()
        self._breaker = RunBreaker()
        self._shown = 0
        self._hidden = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE_XS)  # a little air before the answer
        layout.setSpacing(SPACE_HAIR)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
        layout.addWidget(self.fold_note)
        self.thinking = ""
        self.set_label(None, running=False)

    def set_label(self, seconds: float | None, *, running: bool) -> None:
        if running:
            text = self.tr("Thinking…")
            if seconds is not None and seconds >= 1:
                text = self.tr("Thinking… {time}").format(time=elapsed(seconds))
        elif seconds is not None:
            text = self.tr("Thought for {time}").format(time=elapsed(seconds))
        else:
            text = self.tr("Thoughts")
        self.toggle.setText(text)
        self.toggle.setToolTip(
            self.tr("What the model thought before answering. Click to show or hide it.")
        )

    def set_thinking(self, text: str) -> None:
        self.thinking = text
        self._breaker = RunBreaker()
        self._shown = self._hidden = 0
        self.text.set_plain(self._bounded(text))
        self._update_fold()
        self.changed.emit()

    def append(self, text: str) -> None:
        if text:
            self.thinking += text
            shown = self._bounded(text)
            if shown:
                self.text.append_plain(shown, self._format)
            self._update_fold()

    def _bounded(self, text: str) -> str:
        """What of ``text`` is shown (with break opportunities); the rest is counted."""
        room = max(0, SHOWN_THINKING_CHARS - self._shown)
        shown = text[:room]
        self._shown += len(shown)
        self._hidden += len(text) - len(shown)
        return self._breaker.feed(shown)

    def _update_fold(self) -> None:
        if self._hidden:
            self.fold_note.setText(
                self.tr("… {count} more characters of thinking are not shown.").format(
                    count=number(self._hidden)
                )
            )
        self.fold_note.setVisible(bool(self._hidden) and self.is_open)

    @property
    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, shown: bool) -> None:
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.text.setVisible(shown)
        self.fold_note.setVisible(shown and bool(self._hidden))
        self.changed.emit()
