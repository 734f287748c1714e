"""Links in model text: show the real address and ask before opening it in the browser.

A model can write ``[your bank](https://evil.example)``; the label proves nothing. Only web and
e-mail links (http, https, mailto) can be opened at all, and only after the user saw the real
address. Dialogs are window-modal but non-blocking (``open()``), so no nested event loop runs
under the asyncio tasks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.common.plain import plain_box

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def can_open(url: QUrl) -> bool:
    return url.isValid() and url.scheme().lower() in SAFE_SCHEMES


class LinkConfirmDialog(QMessageBox):
    """ "Open this address in your web browser?" with the full, real address."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.setObjectName("linkConfirmDialog")
        self.setAccessibleName(self.tr("Open link?"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Open link?"))
        plain_box(self).setText(self.tr("Open this address in your web browser?"))
        self.setInformativeText(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        self.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)


class LinkRefusedDialog(QMessageBox):
    """A link to a file, a script or anything else that is not the web or e-mail."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkRefusedDialog")
        self.setAccessibleName(self.tr("Link not opened"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Link not opened"))
        plain_box(self).setText(self.tr("Paddock opens only web and e-mail links from a chat."))
        self.setInformativeText(url.toString())
        self.setStandardButtons(QMessageBox.StandardButton.Close)


class LinkGuard(QObject):
    """Every link click in the chat goes through here. ``opener`` is replaceable for tests."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.dialog: QMessageBox | None = None

    def request(self, url: QUrl, parent: QWidget | None) -> QMessageBox:
        """Ask about ``url`` (or say why it can't be opened); opens it only on "Open"."""
        if self.dialog is not None:
            self.dialog.close()
        if not can_open(url):
            dialog: QMessageBox = LinkRefusedDialog(url, parent)
        else:
            dialog = LinkConfirmDialog(url, parent)
            open_button = dialog.button(QMessageBox.StandardButton.Open)
            open_button.setObjectName("linkOpenButton")
            open_button.setAccessibleName(self.tr("Open in the browser"))
            dialog.buttonClicked.connect(
                lambda button: self.opener(url) if button is open_button else None
            )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QMessageBox) -> None:
        if self.dialog is dialog:
            self.dialog = None
