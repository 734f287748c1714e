"""A read-only plain text view for model output that streams in, bounded for layout.

Qt lays out a paragraph again whenever text is added to it, and a paragraph it cannot break
in time that grows much faster than its length (see :mod:`display_limits`). Here long runs get
break opportunities, and a paragraph is continued in a new block every ``BLOCK_CHARS``
characters — a *soft* block, marked so that reading the text back (``toPlainText``, a copied
selection) gives exactly what was written: no added breaks, no added line breaks.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.ui.common.display_limits import RunBreaker, without_breaks

BLOCK_CHARS = 4000  # characters of a paragraph per block
SOFT = 1  # a block's user state: it continues the previous paragraph


class BoundedPlainText(QPlainTextEdit):
    """``append_text`` adds at the end; ``toPlainText`` gives the text as written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._breaker = RunBreaker()
        self._block_chars = 0  # characters (as written) in the last block

    def append_text(self, text: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        lines = text.split("\n")
        first_fits = self._block_chars + len(lines[0]) <= BLOCK_CHARS
        if first_fits and all(len(line) <= BLOCK_CHARS for line in lines[1:]):
            # The common case: one insert (new blocks start with no user state: not soft).
            cursor.insertText(self._breaker.feed(text))
            self._block_chars = len(lines[-1]) if len(lines) > 1 else self._block_chars + len(text)
            return
        cursor.beginEditBlock()  # one layout update for the whole insert
        for index, line in enumerate(lines):
            if index:
                cursor.insertBlock()
                cursor.block().setUserState(-1)
                self._block_chars = 0
            while line:
                if self._block_chars >= BLOCK_CHARS:
                    cursor.insertBlock()
                    cursor.block().setUserState(SOFT)
                    self._block_chars = 0
                take = line[: BLOCK_CHARS - self._block_chars]
                line = line[len(take) :]
                cursor.insertText(self._breaker.feed(take))
                self._block_chars += len(take)
        cursor.endEditBlock()

    # --- whole texts: the same bounds -----------------------------------------------------------

    def setPlainText(self, text: str) -> None:
        self.clear()
        self.append_text(text)

    def clear(self) -> None:
        super().clear()
        self._breaker = RunBreaker()
        self._block_chars = 0

    def toPlainText(self) -> str:
        """The text as written (soft blocks joined, breaks for display removed)."""
        parts: list[str] = []
        block = self.document().begin()
        while block.isValid():
            if parts and block.userState() != SOFT:
                parts.append("\n")
            parts.append(block.text())
            block = block.next()
        return without_breaks("".join(parts))

    def createMimeDataFromSelection(self) -> QMimeData:
        """A copied selection is the text as written, too."""
        selection = self.textCursor()
        start, end = selection.selectionStart(), selection.selectionEnd()
        parts: list[str] = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            if parts and block.userState() != SOFT:
                parts.append("\n")
            parts.append(_selected_in(block, start, end))
            block = block.next()
        data = QMimeData()
        data.setText(without_breaks("".join(parts)))
        return data


def _selected_in(block: QTextBlock, start: int, end: int) -> str:
    cursor = QTextCursor(block)
    begin = block.position()
    last = begin + block.length() - 1  # before the block's separator
    cursor.setPosition(max(start, begin))
    cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()
