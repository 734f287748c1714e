"""The model's thinking, in its own collapsible section with how long it thought.

Open while the model thinks (the text streams in, appended — never re-rendered), closed as soon
as the answer starts; a click opens it again. Stored replies show it closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from desktop.formats import elapsed
from desktop.ui.chat.style import ChatStyle
from desktop.ui.chat.text_view import MessageText


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
            f" padding-left: 8px; }}"
        )
        italic = QFont(self.text.font())
        italic.setItalic(True)
        self.text.setFont(italic)
        self._format = QTextCharFormat()
        self.text.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)  # a little air before the answer
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
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
        self.text.set_plain(text)
        self.changed.emit()

    def append(self, text: str) -> None:
        if text:
            self.thinking += text
            self.text.append_plain(text, self._format)

    @property
    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, shown: bool) -> None:
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.text.setVisible(shown)
        self.changed.emit()
