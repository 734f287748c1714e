"""Show untrusted model text: no remote or local resources, raw HTML as text, links confirmed.

Qt's text widgets would otherwise follow links, fetch images named in the text (a path to a
FIFO hangs the GUI thread) and obey raw HTML. This view does none of that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

SAFE_SCHEMES = {"http", "https", "mailto"}
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def placeholder_image() -> QImage:
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor("#d0d0d0"))
    return image


class SafeTextBrowser(QTextBrowser):
    """A read-only rich text view for model output."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.follow_link)
        self.resources_requested: list[str] = []
        self.confirm: Callable[[QUrl], bool] = self._ask
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl

    def set_markdown(self, text: str) -> None:
        """Render markdown with raw HTML shown as text (an unclosed tag can't eat the rest)."""
        self.document().setMarkdown(text, MARKDOWN_FEATURES)

    def loadResource(self, kind: int, url: QUrl) -> object:
        """Never fetch or open anything the text names: images get a grey square."""
        self.resources_requested.append(url.toString())
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return placeholder_image()
        return ""

    def follow_link(self, url: QUrl) -> None:
        """Open http(s)/mailto links in the browser after the user saw the real address."""
        if url.scheme().lower() not in SAFE_SCHEMES:
            return
        if self.confirm(url):
            self.opener(url)

    def _ask(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SafeTextBrowser", "Open link?"),
            QCoreApplication.translate(
                "SafeTextBrowser", "Open this address in your web browser?\n\n{url}"
            ).format(url=url.toString()),
        )
        return answer == QMessageBox.StandardButton.Yes
