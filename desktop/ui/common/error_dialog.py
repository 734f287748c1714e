"""Plain-words problem reports: a bar that doesn't interrupt, details only when asked for.

The bar says what went wrong in words a person can act on and where the log file is. "Show
details…" opens a small non-modal window with the technical line (the error's type and text,
or an OllamaError's ``detail``) for someone helping them — never a traceback: that is in the
log file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ollama.errors import OllamaError
from desktop.services.tasks import plain_message
from desktop.ui.common.copied import show_copied
from desktop.ui.common.message_bar import MessageBar
from desktop.ui.common.plain import plain_label


def technical_detail(error: BaseException) -> str:
    """One or two lines for a helper: what failed, without the traceback."""
    if isinstance(error, OllamaError):
        lines = [f"{type(error).__name__}: {error.message}"]
        if error.detail:
            lines.append(error.detail)
        return "\n".join(lines)
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class ErrorDetailsDialog(QDialog):
    """Non-modal: the plain message, the technical line, where the log is, and Copy."""

    def __init__(
        self,
        message: str,
        detail: str,
        log_path: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDetailsDialog")
        self.setAccessibleName(self.tr("Problem details"))
        self.setWindowTitle(self.tr("Problem details — Paddock"))
        self.setModal(False)
        self.resize(560, 300)
        self.log_path = log_path
        layout = QVBoxLayout(self)
        summary = plain_label(QLabel(message))
        summary.setObjectName("errorDetailsMessage")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Technical details (for someone helping you):")))
        self.detail = QPlainTextEdit(detail)
        self.detail.setObjectName("errorDetailsText")
        self.detail.setAccessibleName(self.tr("Technical details"))
        self.detail.setReadOnly(True)
        layout.addWidget(self.detail, 1)
        if log_path:
            where = plain_label(QLabel(self.tr("The full report is in the log file:\n{path}")
                                       .format(path=log_path)))  # fmt: skip
            where.setObjectName("errorDetailsLogPath")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("errorDetailsCopy")
        copy.setAccessibleName(self.tr("Copy the details"))
        copy.setToolTip(self.tr("Copy the details and the log file's location, to paste them"))
        copy.clicked.connect(self.copy_details)
        copy.clicked.connect(lambda: show_copied(copy))
        if log_path:
            folder = buttons.addButton(
                self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            folder.setObjectName("errorDetailsOpenFolder")
            folder.setAccessibleName(self.tr("Open the folder with the log file"))
            folder.setToolTip(self.tr("Show the log file in your file manager"))
            folder.clicked.connect(self.open_log_folder)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._summary = message

    def report_text(self) -> str:
        parts = [self._summary, self.detail.toPlainText()]
        if self.log_path:
            parts.append(f"Log file: {self.log_path}")
        return "\n".join(part for part in parts if part)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    def open_log_folder(self) -> None:
        if self.log_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.log_path).parent)))


class ProblemBar(MessageBar):
    """The window's message bar, plus "Show details…" when there is a technical side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")  # MessageBar's style sheet is keyed on this name
        self.message = ""
        self.detail = ""
        self.log_path: str | None = None
        self.details_dialog: ErrorDetailsDialog | None = None
        self.details_button = QPushButton(self.tr("Show details…"))
        self.details_button.setObjectName("messageBarDetails")
        self.details_button.setAccessibleName(self.tr("Show the technical details"))
        self.details_button.setToolTip(
            self.tr("The technical side of this problem, for someone helping you")
        )
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        layout = self.layout()
        layout.insertWidget(max(0, layout.count() - 1), self.details_button)  # before Dismiss

    def show_problem(
        self, message: str, error: BaseException | None = None, log_path: str | None = None
    ) -> None:
        """Show ``message`` (plain words); keep ``error``'s technical line for the details."""
        self.message = message
        self.detail = technical_detail(error) if error is not None else ""
        self.log_path = log_path
        self.details_button.setVisible(bool(self.detail))
        self.show_message(message, log_path)

    def show_error(self, error: BaseException, log_path: str | None = None) -> None:
        self.show_problem(plain_message(error), error, log_path)

    def show_details(self) -> ErrorDetailsDialog:
        if self.details_dialog is not None:
            self.details_dialog.close()
            self.details_dialog.deleteLater()
        self.details_dialog = ErrorDetailsDialog(
            self.message, self.detail, self.log_path, self.window()
        )
        self.details_dialog.show()
        return self.details_dialog
