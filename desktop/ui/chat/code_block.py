"""A fenced code block: its language, a Copy button, and the code (highlighted once finished).

While the block streams, new code is appended as plain text (the cost of a frame is the new
text); when its closing fence arrives it is highlighted with Pygments, once. Code is not
wrapped, so a line longer than ``CODE_LINE_CHARS`` is shown cut, with a note; Copy gives the
code exactly as written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.style import ChatStyle, monospace_font
from desktop.ui.chat.text_view import MessageText
from desktop.ui.common.display_limits import LineFolder


class CodeBlock(QFrame):
    """One code block of a message."""

    def __init__(
        self,
        style: ChatStyle,
        *,
        lang: str = "",
        guard: LinkGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("codeBlock")
        self.setAccessibleName(self.tr("Code block"))
        self.setStyleSheet(style.code_frame_css())
        self._style = style
        self.code = ""
        self.lang = lang
        self.finished = False
        header = QFrame()
        header.setObjectName("codeHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(10, 2, 4, 2)
        self.language_label = QLabel(lang or self.tr("code"))
        self.language_label.setObjectName("codeLanguage")
        self.language_label.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QToolButton()
        self.copy_button.setObjectName("codeCopyButton")
        self.copy_button.setAccessibleName(self.tr("Copy code"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this code to the clipboard"))
        self.copy_button.setStyleSheet(style.action_css())
        self.copy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.copy_button.clicked.connect(self.copy)
        header_layout.addWidget(self.language_label)
        header_layout.addStretch(1)
        header_layout.addWidget(self.copy_button)
        self.text = MessageText(wrap=False, guard=guard)
        self.text.setObjectName("codeText")
        self.text.setAccessibleName(self.tr("Code"))
        self.text.setFont(monospace_font())
        self.text.document().setDocumentMargin(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.text)
        self._folder = LineFolder()
        self._plain_format = QTextCharFormat()
        self._plain_format.setFont(monospace_font())

    # --- content ----------------------------------------------------------------------------

    def set_code(self, code: str, lang: str = "") -> None:
        """A finished block: highlighted once."""
        self.code = code.removesuffix("\n")
        self.lang = lang
        self.language_label.setText(lang or self.tr("code"))
        self.text.set_html(self._style.renderer.code(self.code, lang))
        self.finished = True

    def stream_code(self, code_so_far: str) -> None:
        """The open block grew: append what is new as plain text."""
        if code_so_far.startswith(self.code):
            new = code_so_far[len(self.code) :]
        else:  # never expected, but stay correct
            self.text.set_plain("")
            self._folder = LineFolder()
            new = code_so_far
        if new:
            self.text.append_plain(self._folder.feed(new), self._plain_format)
            self.code = code_so_far

    # --- actions ----------------------------------------------------------------------------

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.removesuffix("\n"))
        self.copy_button.setText(self.tr("Copied ✓"))
        QTimer.singleShot(1500, self, self._restore_label)

    def _restore_label(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
