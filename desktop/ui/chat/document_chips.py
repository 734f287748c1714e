"""Documents on screen: chips in the composer and on messages, a reply's sources.

A document's name and text are the user's file: always shown as plain text (labels in plain
format, a read-only plain text view), never as HTML, never fetched or run.

- ``PendingDocuments``: the composer's chips (``attachmentChip``). A chip appears as soon as a
  file is chosen, with a progress bar and Cancel while it is read on the documents' thread,
  then its pages or size and how much of the model's memory it would take, and Remove.
- ``StoredDocuments``: the chips of a sent message (name, pages or size).
- ``ReplySources`` (``replySources``): "Used: report.pdf p. 3, p. 7" under a reply; each
  link opens the passage exactly as it was sent, read-only.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PaddockError
from desktop.formats import human_size, number
from desktop.i18n import counted
from desktop.services.documents import budget
from desktop.services.documents.embedding import SUGGESTED_MODEL
from desktop.storage.records import DocumentInfo, DocumentMode, Source
from desktop.ui.common.design import RADIUS, SIZE_SMALL, SPACE_S, SPACE_XS, scaled_font
from desktop.ui.common.icons import follow_theme
from desktop.ui.common.plain import plain_line, plain_tooltip

log = logging.getLogger(__name__)

# Read a file: returns an object with ``cancel()`` and an awaitable ``result()``.
DocumentReaderFn = Callable[[Path, Callable[[int, int], None]], Any]


def size_words(kind: str, size: int, page_count: int | None) -> str:
    """ "12 pages" for a document with pages, else its size ("48 kB")."""
    if page_count:
        return counted("DocumentChips", "%n page(s)", page_count)
    return human_size(size)


def memory_words(chars: int, tokens: int) -> str:
    """How much of what the model can keep in mind the document would take, in words."""
    share = budget.share_of_memory(chars, tokens)
    if budget.fits_whole(chars, tokens):
        return QCoreApplication.translate(
            "DocumentChips", "about {share} % of what the model can keep in mind"
        ).format(share=number(max(1, round(share * 100))))
    return QCoreApplication.translate(
        "DocumentChips",
        "too long to read whole ({share} % of what the model can keep in mind): the parts "
        "that answer each question are used",
    ).format(share=number(round(share * 100)))


def source_label(source: Source, first_of_document: bool) -> str:
    """ "report.pdf p. 3" for the first passage of a document, then "p. 7"."""
    name = plain_line(source.document_name)
    if source.page is None:
        where = source.heading and plain_line(source.heading)
        if first_of_document:
            return f"{name} ({where})" if where else name
        return where or QCoreApplication.translate("DocumentChips", "another part")
    page = QCoreApplication.translate("DocumentChips", "p. {page}").format(page=number(source.page))
    return f"{name} {page}" if first_of_document else page


class DocumentChip(QFrame):
    """One document: its name, what it is, and (in the composer) progress and Remove."""

    remove_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, name: str, *, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChip")
        self.setStyleSheet(
            "QFrame#attachmentChip { border: 1px solid palette(mid); "
            f"border-radius: {RADIUS}px; background: palette(base); }}"
        )
        self.setAccessibleName(
            QCoreApplication.translate("DocumentChips", "Document {name}").format(
                name=plain_line(name)
            )
        )
        self.setToolTip(plain_tooltip(plain_line(name)))
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACE_S, SPACE_XS, SPACE_XS, SPACE_XS)
        row.setSpacing(SPACE_S)
        self.icon = QToolButton()  # a file's picture, drawn in the theme's text colour
        self.icon.setObjectName("attachmentChipIcon")
        self.icon.setAutoRaise(True)
        self.icon.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        follow_theme(self.icon, "file-text")
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(0)
        self.name_label = QLabel(plain_line(name))
        self.name_label.setObjectName("attachmentChipName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.name_label.font()
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("attachmentChipDetail")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        self.detail_label.setFont(scaled_font(self.detail_label.font(), SIZE_SMALL))
        self.progress = QProgressBar()
        self.progress.setObjectName("attachmentChipProgress")
        self.progress.setFixedHeight(6)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)
        self.progress.hide()
        column.addWidget(self.name_label)
        column.addWidget(self.detail_label)
        column.addWidget(self.progress)
        row.addLayout(column, 1)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("attachmentChipCancel")
        self.cancel_button.setText(QCoreApplication.translate("DocumentChips", "Cancel"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("DocumentChips", "Stop reading this document")
        )
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        self.remove_button: QToolButton | None = None
        if removable:
            self.remove_button = QToolButton()
            self.remove_button.setObjectName("attachmentChipRemove")
            self.remove_button.setText(QCoreApplication.translate("DocumentChips", "Remove"))
            follow_theme(self.remove_button, "x")  # the word stays for screen readers
            self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.remove_button.setAccessibleName(
                QCoreApplication.translate("DocumentChips", "Don't send this document")
            )
            self.remove_button.setToolTip(
                QCoreApplication.translate("DocumentChips", "Don't send this document")
            )
            self.remove_button.setAutoRaise(True)
            self.remove_button.clicked.connect(self.remove_requested)
            row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

    def set_reading(self, done: int = 0, total: int = 0) -> None:
        self.detail_label.setText(QCoreApplication.translate("DocumentChips", "Reading…"))
        self.progress.show()
        self.cancel_button.show()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def set_detail(self, text: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.detail_label.setText(text)


@dataclass
class _Pending:
    chip: DocumentChip
    reading: Any = None  # the reading under way (cancel it), None once read
    document: Any = None  # the ReadDocument once read
    task: asyncio.Future[Any] | None = None


class PendingDocuments(QWidget):
    """Documents attached in the composer, not sent yet."""

    changed = Signal()
    problem = Signal(str)
    download_requested = Signal(str)  # an embedding model to download

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPendingDocuments")
        self.setAccessibleName(QCoreApplication.translate("DocumentChips", "Documents to send"))
        self._reader: DocumentReaderFn | None = None
        self._tokens = budget.DEFAULT_CONTEXT
        self._has_embedder: Callable[[], bool] = lambda: True
        self._items: list[_Pending] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._chips = QHBoxLayout()
        self._chips.setContentsMargins(0, 0, 0, 0)
        self._chips.setSpacing(6)
        self._chips.addStretch(1)
        layout.addLayout(self._chips)
        self.offer = QWidget()
        self.offer.setObjectName("embeddingModelOffer")
        offer_row = QHBoxLayout(self.offer)
        offer_row.setContentsMargins(0, 0, 0, 0)
        name, size = SUGGESTED_MODEL
        self.offer_label = QLabel(
            QCoreApplication.translate(
                "DocumentChips",
                "Large documents need a small embedding model to find the parts that answer "
                "your question. {model} is {size}.",
            ).format(model=name, size=human_size(size))
        )
        self.offer_label.setWordWrap(True)
        self.offer_button = QToolButton()
        self.offer_button.setObjectName("embeddingModelDownload")
        self.offer_button.setText(
            QCoreApplication.translate("DocumentChips", "Download {model}").format(model=name)
        )
        self.offer_button.setAccessibleName(
            QCoreApplication.translate(
                "DocumentChips", "Download the embedding model {model} ({size})"
            ).format(model=name, size=human_size(size))
        )
        self.offer_button.clicked.connect(lambda: self.download_requested.emit(name))
        offer_row.addWidget(self.offer_label, 1)
        offer_row.addWidget(self.offer_button)
        self.offer.hide()
        layout.addWidget(self.offer)
        self.hide()

    # --- wiring -------------------------------------------------------------------------------

    def set_reader(self, reader: DocumentReaderFn | None) -> None:
        self._reader = reader

    def set_embedder_check(self, has_embedder: Callable[[], bool]) -> None:
        self._has_embedder = has_embedder
        self._update_offer()

    def set_context_tokens(self, tokens: int) -> None:
        """The chat's model and settings changed: say again what each document would take."""
        self._tokens = tokens
        for item in self._items:
            if item.document is not None:
                item.chip.set_detail(self._detail(item.document))
        self._update_offer()

    # --- state --------------------------------------------------------------------------------

    @property
    def documents(self) -> list[Any]:
        """The documents read and ready to send."""
        return [item.document for item in self._items if item.document is not None]

    @property
    def reading(self) -> bool:
        return any(item.document is None for item in self._items)

    @property
    def chips(self) -> list[DocumentChip]:
        return [item.chip for item in self._items]

    def add_paths(self, paths: Sequence[Path]) -> None:
        for path in paths:
            self._start(Path(path))

    def add_documents(self, documents: Sequence[Any]) -> None:
        """Documents given back (a message that could not be saved)."""
        for document in documents:
            item = _Pending(self._chip(document.name), document=document)
            item.chip.set_detail(self._detail(document))
            self._items.append(item)
        self._relayout()

    def take(self) -> list[Any]:
        """The ready documents, leaving the composer empty (readings under way stop)."""
        taken = self.documents
        for item in list(self._items):
            self._drop(item)
        return taken

    def remove(self, chip: DocumentChip) -> None:
        for item in list(self._items):
            if item.chip is chip:
                self._drop(item)

    # --- reading ------------------------------------------------------------------------------

    def _start(self, path: Path) -> None:
        if self._reader is None:
            self.problem.emit(
                QCoreApplication.translate("DocumentChips", "Documents can't be attached here.")
            )
            return
        item = _Pending(self._chip(path.name))
        item.chip.set_reading()
        self._items.append(item)
        self._relayout()

        def progress(done: int, total: int) -> None:
            if item in self._items:
                item.chip.set_reading(done, total)

        item.reading = self._reader(path, progress)
        item.task = asyncio.ensure_future(item.reading.result())
        item.task.add_done_callback(lambda task: self._read(item, task))

    def _read(self, item: _Pending, task: asyncio.Future[Any]) -> None:
        error = None if task.cancelled() else task.exception()  # always taken: never "lost"
        if item not in self._items:
            return  # removed (cancelled) meanwhile: whatever it was, nothing to say
        if task.cancelled():
            self._drop(item)
            return
        if error is not None:
            cancelled = item.reading is not None and getattr(item.reading, "cancelled", False)
            item.reading = None  # over: nothing to cancel
            self._drop(item)
            if cancelled:
                return  # the user asked for it: nothing to say
            if isinstance(error, PaddockError):
                log.info("document not attached: %s (%s)", error.message, error.detail)
                self.problem.emit(error.message)
            else:
                log.warning("reading a document failed", exc_info=error)
                self.problem.emit(
                    QCoreApplication.translate(
                        "DocumentChips", "That document couldn't be read. Nothing else was changed."
                    )
                )
            return
        item.document = task.result()
        item.reading = None
        item.chip.set_detail(self._detail(item.document))
        self._update_offer()
        self.changed.emit()

    def _chip(self, name: str) -> DocumentChip:
        chip = DocumentChip(name, removable=True)
        chip.remove_requested.connect(lambda: self.remove(chip))
        chip.cancel_requested.connect(lambda: self.remove(chip))
        return chip

    def _detail(self, document: Any) -> str:
        size = size_words(document.kind, document.size, document.page_count)
        return QCoreApplication.translate("DocumentChips", "{size} · {memory}").format(
            size=size, memory=memory_words(document.chars, self._tokens)
        )

    def _drop(self, item: _Pending) -> None:
        if item.reading is not None:
            item.reading.cancel()
        self._items.remove(item)
        self._chips.removeWidget(item.chip)
        item.chip.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        for index, item in enumerate(self._items):
            self._chips.insertWidget(index, item.chip)
        self._update_offer()
        self.setVisible(bool(self._items))
        self.changed.emit()

    def _update_offer(self) -> None:
        large = any(
            not budget.fits_whole(item.document.chars, self._tokens)
            for item in self._items
            if item.document is not None
        )
        self.offer.setVisible(large and not self._has_embedder())


class StoredDocuments(QWidget):
    """The documents a sent message carries, as chips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageDocuments")
        self.setAccessibleName(QCoreApplication.translate("DocumentChips", "Attached documents"))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self.chips: list[DocumentChip] = []
        self.hide()

    def set_documents(self, documents: Sequence[DocumentInfo]) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for info in documents:
            chip = DocumentChip(info.name, removable=False)
            detail = size_words(info.kind, info.size, info.page_count)
            if info.mode is DocumentMode.PASSAGES:
                detail = QCoreApplication.translate(
                    "DocumentChips", "{size} · the parts that answer each question are used"
                ).format(size=detail)
            chip.set_detail(detail)
            self._row.insertWidget(len(self.chips), chip)
            self.chips.append(chip)
        self.setVisible(bool(self.chips))


class ReplySources(QWidget):
    """ "Used: report.pdf p. 3, p. 7" under a reply; each opens the passage as it was sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replySources")
        self.setAccessibleName(QCoreApplication.translate("DocumentChips", "Sources of this reply"))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(2)
        self.label = QLabel(QCoreApplication.translate("DocumentChips", "Used:"))
        self._row.addWidget(self.label)
        self._row.addStretch(1)
        self.links: list[QToolButton] = []
        self.sources: list[Source] = []
        self.dialog: SourceDialog | None = None
        self.hide()

    def set_sources(self, sources: Sequence[Source]) -> None:
        if list(sources) == self.sources:
            return
        for link in self.links:
            self._row.removeWidget(link)
            link.deleteLater()
        self.links = []
        self.sources = list(sources)
        seen: set[str] = set()
        for index, source in enumerate(self.sources):
            first = source.document_name not in seen
            seen.add(source.document_name)
            link = QToolButton()
            link.setObjectName("replySourceLink")
            link.setAutoRaise(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            text = source_label(source, first)
            link.setText(text + ("," if index < len(self.sources) - 1 else ""))
            link.setAccessibleName(
                QCoreApplication.translate("DocumentChips", "Show the passage {where}").format(
                    where=text
                )
            )
            link.setToolTip(
                QCoreApplication.translate(
                    "DocumentChips", "Show the passage exactly as it was sent"
                )
            )
            link.setStyleSheet(
                "QToolButton { color: palette(link); padding: 0px 1px; border: none; }"
                "QToolButton:focus { text-decoration: underline; }"
            )
            link.clicked.connect(lambda _=False, s=source: self.show_source(s))
            self._row.insertWidget(1 + index, link)
            self.links.append(link)
        self.setVisible(bool(self.sources))

    def show_source(self, source: Source) -> SourceDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = SourceDialog(source, self.window())
        self.dialog.open()
        return self.dialog


class SourceDialog(QDialog):
    """A passage a reply was given, read-only, as plain text."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replySourceDialog")
        self.setWindowTitle(source_label(source, True))
        layout = QVBoxLayout(self)
        where = QLabel(
            QCoreApplication.translate(
                "DocumentChips", "This is the passage of {name} exactly as the model was given it."
            ).format(name=plain_line(source.document_name))
        )
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("replySourceText")
        self.text.setReadOnly(True)
        self.text.setPlainText(source.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
