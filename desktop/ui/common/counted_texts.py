"""Every counted text (``%n``), written the one way lupdate makes a plural message of it.

pyside6-lupdate gives a text plural forms only when it meets it in ``self.tr(text, "", n)``
inside a class named like the text's context; the app itself says these texts through
``desktop.i18n.counted`` (Qt-free layers included), a name lupdate ignores. Nothing calls the
methods below: when a counted text is added or changed, change it here too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Words(QObject):
    def counted_texts(self, n: int) -> None:
        self.tr("%Ln token(s)", "", n)
        self.tr("%n byte(s)", "", n)
        self.tr("%n minute(s) ago", "", n)
        self.tr("%n hour(s) ago", "", n)
        self.tr("%n day(s) ago", "", n)
        self.tr("%n week(s) ago", "", n)
        self.tr("%n month(s) ago", "", n)
        self.tr("%n year(s) ago", "", n)


class DocumentChips(QObject):
    def counted_texts(self, n: int) -> None:
        self.tr("%n page(s)", "", n)


class RequestForm(QObject):
    def counted_texts(self, n: int) -> None:
        self.tr("%Ln token(s) kept, not sent in raw mode", "", n)
        self.tr("%Ln token(s) will be sent", "", n)
        self.tr("%Ln token(s) from the last run", "", n)


class DownloadsSummary(QObject):
    def counted_texts(self, n: int) -> None:
        self.tr("%n download(s)", "", n)
        self.tr("%n failed", "", n)
        self.tr("%n download(s) failed", "", n)
