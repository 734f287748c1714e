"""What the dialogs that make a model share: a form, an error line, the buttons, the background job.

Create and Import differ in their forms and in how they report progress; both run one job on
the task runner, show its failure in plain words under the form, and stop the job when the
dialog is closed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import AppContext
from desktop.services.tasks import plain_message
from desktop.ui.models.widgets import named, plain_label


class ModelJobDialog(QDialog):
    """Base of the dialogs that make a model; ``created(name)`` when it is ready.

    Automation names: ``<prefix>Error`` and ``<prefix>SubmitButton``; the subclass names the
    dialog and its closing button.
    """

    created = Signal(str)

    def __init__(
        self, context: AppContext, installed: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.installed = installed
        self.task: asyncio.Task[Any] | None = None
        self.error: QLabel = plain_label(wrap=True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

    def _lay_out(
        self,
        prefix: str,
        intro: str,
        form: QLayout,
        widgets: list[QWidget],
        buttons: tuple[str, QPushButton],
    ) -> None:
        """Intro, form, ``widgets`` (the error line among them), then the button row:
        the closing button (Close or Cancel) and the default submit button."""
        self.error.setObjectName(f"{prefix}Error")
        submit, closing = buttons
        self.submit = named(QPushButton(submit), f"{prefix}SubmitButton", submit)
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(closing)
        row.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(intro, wrap=True))
        layout.addLayout(form)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(row)

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def start(self) -> None:
        raise NotImplementedError

    def _run(self, job: Coroutine[Any, Any, None]) -> None:
        self.error.hide()
        self.submit.setEnabled(False)
        self.task = self.context.tasks.run(job, on_error=self._failed)

    def _finished(self, name: str) -> None:
        self.submit.setEnabled(True)
        self.created.emit(name)

    def _failed(self, error: BaseException) -> None:
        self.submit.setEnabled(True)
        self._show_error(plain_message(error))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _stop(self) -> None:
        """Stop the running job (closing the dialog does)."""
        if self.task is not None:
            self.task.cancel()

    def reject(self) -> None:
        if self.running:
            self._stop()
        super().reject()
