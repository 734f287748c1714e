"""``MessageText``: a piece of a message — safe, selectable, exactly as tall as its text.

Built on the project's :class:`SafeTextBrowser` (no resource is ever fetched or opened: every
image resource is a placeholder, links are not followed by Qt). Frameless, transparent, no
vertical scroll bar: the transcript scrolls, not the pieces. Link clicks go to the tab's
:class:`LinkGuard`, which shows the real address and asks first.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.common.safe_text import SafeTextBrowser

HIGHLIGHT = QColor("#ffe066")
HUG_CHARS = 4000  # a longer text fills the bubble: measuring it unwrapped would cost more


class MessageText(SafeTextBrowser):
    """Read-only rich text sized to its content (height for width)."""

    link_requested = Signal(QUrl)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        wrap: bool = True,
        guard: LinkGuard | None = None,
        style_sheet: str = "",
    ) -> None:
        super().__init__(parent)
        self.guard = guard
        self._wrap = wrap
        self.setAccessibleName(QCoreApplication.translate("MessageText", "Message text"))
        self._heights: dict[int, int] = {}  # width -> height, for the document's revision
        self._revision = -1
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if wrap else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setLineWrapMode(
            QTextEdit.LineWrapMode.WidgetWidth if wrap else QTextEdit.LineWrapMode.NoWrap
        )
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        size_policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        size_policy.setHeightForWidth(True)
        self.setSizePolicy(size_policy)
        # Transparent: the message's style sheet says so once for all its pieces (a sheet per
        # piece made each one dearer to create).
        self.viewport().setAutoFillBackground(False)
        document = self.document()
        document.setDocumentMargin(2)
        document.setUndoRedoEnabled(False)
        if style_sheet:
            document.setDefaultStyleSheet(style_sheet)
        document.contentsChanged.connect(self._content_changed)

    # --- content ----------------------------------------------------------------------------

    def set_html(self, markup: str) -> None:
        """HTML made by the renderer (model text in it is already escaped)."""
        self.document().setHtml(markup)

    def set_plain(self, text: str) -> None:
        self.document().setPlainText(text)

    def append_plain(self, text: str, char_format: QTextCharFormat | None = None) -> None:
        """Add text at the end without touching what is there (cost: the new text only)."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if char_format is not None:
            cursor.insertText(text, char_format)
        else:
            cursor.insertText(text)

    def highlight(self, terms: list[str]) -> int:
        """Mark every occurrence of ``terms`` (search hits); returns how many."""
        selections = []
        document = self.document()
        for term in terms:
            if not term:
                continue
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(term, cursor)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[attr-defined]
                char_format = QTextCharFormat()
                char_format.setBackground(HIGHLIGHT)
                char_format.setForeground(QColor("#1e1e1e"))
                selection.format = char_format  # type: ignore[attr-defined]
                selections.append(selection)
        self.setExtraSelections(selections)
        return len(selections)

    def first_highlight_y(self) -> int | None:
        selections = self.extraSelections()
        if not selections:
            return None
        return self.cursorRect(selections[0].cursor).top()  # type: ignore[attr-defined]

    # --- size -------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Layouts ask this for every piece of a message on each pass, often at two or three
        widths in turn; laying the document out again each time made a long reply's frames
        grow with its length. So heights are remembered per width until the text changes."""
        document = self.document()
        revision = document.revision()
        if revision != self._revision:
            self._heights.clear()
            self._revision = revision
        cached = self._heights.get(width)
        if cached is not None:
            return cached
        # The frame as the style sheet drew it: a left border with padding (the thinking
        # section's) adds width only, not height.
        margins = self.contentsMargins()
        across = margins.left() + margins.right()
        down = margins.top() + margins.bottom()
        if self._wrap:
            if document.textWidth() != max(1, width - across):
                document.setTextWidth(max(1, width - across))
            height = math.ceil(document.size().height()) + down
        else:
            document.setTextWidth(-1)
            height = math.ceil(document.size().height()) + down
            if document.idealWidth() > width - across:
                height += self.horizontalScrollBar().sizeHint().height()
        if len(self._heights) > 8:
            self._heights.clear()
        self._heights[width] = height
        return height

    def ideal_width(self) -> int:
        """The width the text would take without wrapping (for bubbles that hug their text)."""
        document = self.document()
        if document.characterCount() > HUG_CHARS:
            return 1 << 20
        saved = document.textWidth()
        document.setTextWidth(-1)
        margins = self.contentsMargins()
        width = math.ceil(document.idealWidth()) + margins.left() + margins.right() + 1
        document.setTextWidth(saved)
        return width

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.heightForWidth(max(self.width(), 200)))

    def _content_changed(self) -> None:
        self._heights.clear()
        self.updateGeometry()

    # --- behaviour --------------------------------------------------------------------------

    def follow_link(self, url: QUrl) -> None:
        """Never opened here: the guard shows the real address and asks."""
        self.link_requested.emit(url)
        if self.guard is not None:
            self.guard.request(url, self.window())

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Vertical wheel scrolls the transcript; sideways wheel scrolls wide code."""
        if self._wrap or abs(event.angleDelta().y()) >= abs(event.angleDelta().x()):
            event.ignore()
            return
        super().wheelEvent(event)
