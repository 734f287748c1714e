"""Show untrusted model text: no remote or local resources, raw HTML as text, links confirmed.

Qt's text widgets would otherwise follow links, fetch images named in the text (a path to a
FIFO hangs the GUI thread) and obey raw HTML. This view does none of that.

Nor does model text get to stall the window through layout (see :mod:`display_limits`): long
runs get break opportunities for display, which a copied selection leaves out again, and a huge
text is shown plain, its first ``SHOWN_CHARS`` only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from desktop.ui.common.display_limits import (
    HUGE_CHARS,
    SHOWN_CHARS,
    break_long_runs,
    more_characters,
    without_breaks,
)

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
        """Render markdown with raw HTML shown as text (an unclosed tag can't eat the rest).
        A huge text is shown plain, with a note: formatting it would stall the window."""
        if len(text) > HUGE_CHARS:
            note = QCoreApplication.translate(
                "SafeTextBrowser",
                "This text is very long, so it is shown as plain text, without formatting.",
            )
            rest = len(text) - SHOWN_CHARS
            shown = break_long_runs(text[:SHOWN_CHARS])
            self.document().setPlainText(f"{note}\n\n{shown}\n\n{more_characters(rest)}")
            return
        self.document().setMarkdown(break_long_runs(text), MARKDOWN_FEATURES)

    def createMimeDataFromSelection(self) -> QMimeData:
        """A copied selection is the text as written, without the breaks added for display."""
        data = super().createMimeDataFromSelection()
        text = data.text()  # Qt's mime data fills itself in here, once: then it can be replaced
        data.setText(without_breaks(text))
        return data

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
