"""A fenced code block: its language, a Copy button, and the code (highlighted once finished).

While the block streams, new code is appended as plain text (the cost of a frame is the new
text); when its closing fence arrives it is highlighted with Pygments, once. Code is not
wrapped, so a line longer than ``CODE_LINE_CHARS`` is shown cut, with a note; Copy gives the
code exactly as written.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolButton, QWidget

from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.renderer import prepare_highlighting
from desktop.ui.chat.style import ChatStyle, monospace_font
from desktop.ui.chat.text_view import MessageText
from desktop.ui.common.display_limits import LineFolder

HEADER_HEIGHT = 28
RADIUS = 6
RETRY_MS = 40  # a block shown plain checks this often whether its highlighting is ready

_preparing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="paddock-highlighting")
_prepared: dict[tuple[str, str], Future[None]] = {}


def highlighting_ready(lang: str, style: str) -> bool:
    """True when highlighting ``lang`` in ``style`` costs no set-up any more; otherwise the
    set-up starts (once) on a worker thread, so the GUI thread never waits for it."""
    if not lang:
        return True
    key = (lang.lower(), style)
    future = _prepared.get(key)
    if future is None:
        _prepared[key] = _preparing.submit(prepare_highlighting, lang, style)
        return False
    return future.done()


class CodeBlock(QFrame):
    """One code block of a message.

    A long reply has hundreds of these, so it is light: the frame and the header (with the
    language) are painted, the Copy button and the code are its only children, placed by hand.
    """

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
        self._style = style
        self.code = ""
        self.lang = lang
        self.finished = False
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("codeCopyButton")
        self.copy_button.setAccessibleName(self.tr("Copy code"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this code to the clipboard"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.copy_button.clicked.connect(self.copy)
        self.text = MessageText(self, wrap=False, guard=guard)
        self.text.setObjectName("codeText")
        self.text.setAccessibleName(self.tr("Code"))
        self.text.setFont(monospace_font())
        self.text.document().setDocumentMargin(8)
        size_policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        size_policy.setHeightForWidth(True)
        self.setSizePolicy(size_policy)
        self._folder = LineFolder()
        self._plain_format = QTextCharFormat()
        self._plain_format.setFont(monospace_font())

    @property
    def language(self) -> str:
        """What the header says: the language, or "code"."""
        return self.lang or self.tr("code")

    # --- size, place and look ---------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return HEADER_HEIGHT + self.text.heightForWidth(max(1, width - 2)) + 2

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, HEADER_HEIGHT + 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        button = self.copy_button.sizeHint()
        top = max(0, (HEADER_HEIGHT - button.height()) // 2)
        self.copy_button.setGeometry(
            width - button.width() - 6, top, button.width(), min(button.height(), HEADER_HEIGHT)
        )
        self.text.setGeometry(
            1, HEADER_HEIGHT + 1, max(1, width - 2), max(1, height - HEADER_HEIGHT - 2)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self._style.colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(colours.border), 1))
        painter.setBrush(QColor(colours.code_background))
        painter.drawRoundedRect(frame, RADIUS, RADIUS)
        header = QPainterPath()
        header.addRoundedRect(
            frame.adjusted(0, 0, 0, -(frame.height() - HEADER_HEIGHT)), RADIUS, RADIUS
        )
        header.addRect(frame.adjusted(0, HEADER_HEIGHT / 2, 0, -(frame.height() - HEADER_HEIGHT)))
        painter.fillPath(header.simplified(), QColor(colours.header_background))
        painter.drawLine(frame.left(), HEADER_HEIGHT, frame.right(), HEADER_HEIGHT)
        painter.setPen(QColor(colours.muted))
        label = QRectF(10, 0, max(0, self.width() - self.copy_button.width() - 26), HEADER_HEIGHT)
        painter.drawText(
            label,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.fontMetrics().elidedText(
                self.language, Qt.TextElideMode.ElideRight, int(label.width())
            ),
        )

    # --- content ----------------------------------------------------------------------------

    def set_code(self, code: str, lang: str = "") -> None:
        """A finished block: highlighted once (shown plain until its language is loaded)."""
        self.code = code.removesuffix("\n")
        self.lang = lang
        self.finished = True
        self.update()
        if highlighting_ready(lang, self._style.colours.pygments_style):
            self.text.set_html(self._style.code_html(self.code, lang))
        else:
            self.text.set_html(self._style.code_html(self.code, ""))
            QTimer.singleShot(RETRY_MS, self, self._highlight_when_ready)

    def _highlight_when_ready(self) -> None:
        if highlighting_ready(self.lang, self._style.colours.pygments_style):
            self.text.set_html(self._style.code_html(self.code, self.lang))
        else:
            QTimer.singleShot(RETRY_MS, self, self._highlight_when_ready)

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
