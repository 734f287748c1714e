"""The composer: where the user writes, attaches images, sends and stops.

Enter sends and Shift+Enter adds a line (or, with the ``send_with_ctrl_enter`` setting,
Ctrl+Enter sends and Enter adds a line). Images and documents come from the Attach button,
drag-and-drop or paste: images only while the chat's model can see them, documents always
(read on the documents' thread, shown as chips). While a reply is written, Send becomes
Stop (Esc works too). When editing an earlier message, a banner says so and offers Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.records import NewAttachment
from desktop.ui.chat.attachments import (
    IMAGE_FILTER,
    ImageProblem,
    PendingImages,
    attachment_from_file,
    attachments_from_mime,
)
from desktop.ui.chat.document_chips import PendingDocuments
from desktop.ui.common.design import SPACE_HAIR, SPACE_M, SPACE_S

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"}


def is_image_path(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


MIN_LINES = 2
MAX_LINES = 10


class ComposerInput(QPlainTextEdit):
    """Multi-line input: Enter/Ctrl+Enter to send, images by paste or drop."""

    send_requested = Signal()
    images_offered = Signal(object)  # QMimeData with images or image files

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.send_with_ctrl_enter = False
        self.accepts_images = False
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers()
            ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
            shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            sends = ctrl if self.send_with_ctrl_enter else not (shift or ctrl)
            if sends:
                self.send_requested.emit()
            else:
                self.insertPlainText("\n")
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if _has_files(source) or (self.accepts_images and source.hasImage()):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasImage() or _has_files(source):
            self.images_offered.emit(source)
            if not source.hasText() or _has_files(source):
                return
        super().insertFromMimeData(source)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _has_files(event.mimeData()) or event.mimeData().hasImage():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if _has_files(event.mimeData()) or event.mimeData().hasImage():
            self.images_offered.emit(event.mimeData())
            event.acceptProposedAction()
            return
        super().dropEvent(event)

    def _fit_height(self) -> None:
        """Grow with the text from two to ten lines, then scroll."""
        lines = max(MIN_LINES, min(MAX_LINES, self.document().lineCount()))
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        height = (
            lines * line
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        self.setFixedHeight(height)


def _has_files(mime: QMimeData) -> bool:
    return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())


class Composer(QFrame):
    """Input, images, Attach, Send/Stop, and the editing banner."""

    send_requested = Signal(str, object)  # text, list of images and read documents
    stop_requested = Signal()
    edit_cancelled = Signal()
    problem = Signal(str)
    download_requested = Signal(str)  # a model to download (an embedding model)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatComposer")
        self.setAccessibleName(self.tr("Message composer"))
        self.editing_id: int | None = None
        self._saved_draft = ""
        self._busy = False
        self._unavailable = ""  # why nothing can be sent now (no server), or empty
        self._send_tip = ""

        self.banner = QFrame()
        self.banner.setObjectName("chatEditBanner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(SPACE_S, SPACE_HAIR, SPACE_HAIR, SPACE_HAIR)
        self.banner_label = QLabel(
            self.tr("Editing your message. Sending keeps the old version too.")
        )
        cancel = QToolButton()
        cancel.setObjectName("chatEditCancel")
        cancel.setAccessibleName(self.tr("Cancel editing"))
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoRaise(True)
        cancel.clicked.connect(self.cancel_edit)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(cancel)
        self.banner.hide()

        self.images = PendingImages()
        self.images.changed.connect(self._update_send)
        self.documents = PendingDocuments()
        self.documents.changed.connect(self._update_send)
        self.documents.problem.connect(self.problem)
        self.documents.download_requested.connect(self.download_requested)

        self.input = ComposerInput()
        self.input.setObjectName("chatInput")
        self.input.setAccessibleName(self.tr("Message"))
        self.input.setPlaceholderText(self.tr("Write a message…"))
        self.input.send_requested.connect(self.send)
        self.input.images_offered.connect(self.add_from_mime)
        self.input.textChanged.connect(self._update_send)

        self.attach_button = QToolButton()
        self.attach_button.setObjectName("chatAttachButton")
        self.attach_button.setAccessibleName(self.tr("Attach images or documents"))
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.clicked.connect(self.choose_files)

        self.hint = QLabel()
        self.hint.setObjectName("chatComposerHint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("chatSendButton")
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("chatStopButton")
        self.stop_button.setAccessibleName(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc). What was written is kept."))
        self.stop_button.clicked.connect(self.stop_requested)
        self.stop_button.hide()
        for button in (self.send_button, self.stop_button):
            button.setMinimumWidth(90)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.attach_button)
        tools.addWidget(self.hint, 1)
        tools.addWidget(self.stop_button)
        tools.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_M, SPACE_S, SPACE_M, SPACE_M)
        layout.setSpacing(SPACE_S)
        layout.addWidget(self.banner)
        layout.addWidget(self.images)
        layout.addWidget(self.documents)
        layout.addWidget(self.input)
        layout.addLayout(tools)
        self.set_send_with_ctrl_enter(False)
        self.set_vision(False)
        self._update_send()

    # --- settings -----------------------------------------------------------------------------

    def set_send_with_ctrl_enter(self, enabled: bool) -> None:
        self.input.send_with_ctrl_enter = enabled
        if enabled:
            keys = self.tr("Ctrl+Enter sends, Enter adds a line")
        else:
            keys = self.tr("Enter sends, Shift+Enter adds a line")
        self.hint.setText(keys)
        self._send_tip = self.tr("Send the message ({keys})").format(keys=keys)
        self._update_send()

    def set_vision(self, can_see: bool) -> None:
        """Images only for a model that can see them; documents for every model."""
        self.input.accepts_images = can_see
        self.attach_button.setToolTip(
            self.tr("Attach images or documents (or drop or paste them here)")
            if can_see
            else self.tr(
                "Attach documents: text, Markdown, code, CSV, PDF, Word or HTML (or drop or "
                "paste them here). This model can't see images."
            )
        )
        if not can_see and self.images.images:
            self.images.take()

    def set_unavailable(self, reason: str) -> None:
        """Sending can't work now (the server can't be reached): Send is disabled and its
        tooltip says why; Enter says it too. An empty ``reason`` allows sending again."""
        self._unavailable = reason
        self._update_send()

    def set_busy(self, busy: bool) -> None:
        """While a reply is written: Stop instead of Send; typing the next message is fine."""
        self._busy = busy
        self.stop_button.setVisible(busy)
        self.send_button.setVisible(not busy)
        self._update_send()

    # --- text ---------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.input.toPlainText()

    def set_text(self, text: str) -> None:
        self.input.setPlainText(text)
        cursor = self.input.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.input.setTextCursor(cursor)

    def clear(self) -> None:
        self.input.clear()
        self.images.take()
        self.documents.take()

    def add_attachments(self, attachments: list[object]) -> None:
        """Images and documents given back (a message that could not be saved)."""
        images = [item for item in attachments if isinstance(item, NewAttachment)]
        documents = [item for item in attachments if not isinstance(item, NewAttachment)]
        if images:
            self.images.add(images)
        if documents:
            self.documents.add_documents(documents)

    # --- images -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach images or documents"))
        dialog.setObjectName("chatAttachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        documents = self.tr(
            "Documents (*.txt *.md *.markdown *.csv *.pdf *.docx *.html *.htm *.py *.js *.ts "
            "*.json *.c *.cpp *.h *.java *.go *.rs *.rb *.sh *.yaml *.yml *.toml *.xml *.sql)"
        )
        everything = self.tr("All files (*)")
        dialog.setNameFilters([everything, documents, self.tr(IMAGE_FILTER)])
        dialog.filesSelected.connect(lambda files: self.add_files([Path(f) for f in files]))
        dialog.open()

    def choose_images(self) -> None:
        self.choose_files()

    def add_files(self, paths: list[Path]) -> None:
        """Images (for a model that sees) as images; every other file as a document."""
        documents = [path for path in paths if not is_image_path(path)]
        if documents:
            self.documents.add_paths(documents)
        images = [path for path in paths if is_image_path(path)]
        if images and not self.input.accepts_images:
            self.problem.emit(
                self.tr("This model can't see images. Pick a model with the vision badge.")
            )
            return
        found: list[NewAttachment] = []
        for path in images:
            try:
                found.append(attachment_from_file(path))
            except ImageProblem as exc:
                self.problem.emit(str(exc))
            except OSError:
                self.problem.emit(self.tr("That file couldn't be read."))
        if found:
            self.images.add(found)

    def add_from_mime(self, mime: QMimeData) -> None:
        if _has_files(mime):
            self.add_files([Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()])
            return
        if not self.input.accepts_images:
            self.problem.emit(
                self.tr("This model can't see images. Pick a model with the vision badge.")
            )
            return
        found, problems = attachments_from_mime(mime)
        for problem in problems:
            self.problem.emit(problem)
        if found:
            self.images.add(found)

    # --- sending and editing ------------------------------------------------------------------

    def send(self) -> None:
        if self._busy or not self._can_send():
            return
        if self._unavailable:
            self.problem.emit(self._unavailable)
            return
        self.send_requested.emit(self.text, [*self.images.images, *self.documents.documents])

    def sent(self) -> None:
        """The tab accepted the message: empty the composer and leave editing."""
        self.clear()
        if self.editing_id is not None:
            self._leave_edit(restore=True)

    def start_edit(self, message_id: int, text: str) -> None:
        if self.editing_id is None:
            self._saved_draft = self.text
        self.editing_id = message_id
        self.banner.show()
        self.set_text(text)
        self.input.setFocus()

    def cancel_edit(self) -> None:
        if self.editing_id is not None:
            self._leave_edit(restore=True)
            self.edit_cancelled.emit()

    def _leave_edit(self, *, restore: bool) -> None:
        self.editing_id = None
        self.banner.hide()
        if restore:
            self.set_text(self._saved_draft)
        self._saved_draft = ""

    def _can_send(self) -> bool:
        if self.documents.reading:
            return False  # the document being read goes with the message
        return bool(self.text.strip() or self.images.images or self.documents.documents)

    def _update_send(self) -> None:
        self.send_button.setEnabled(self._can_send() and not self._busy and not self._unavailable)
        reading = self.tr("Wait until the document has been read, or cancel it.")
        tip = reading if self.documents.reading else self._send_tip
        self.send_button.setToolTip(self._unavailable or tip)
