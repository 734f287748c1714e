"""Import a GGUF file: pick it, name it, watch it being checked and uploaded, cancel any time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop.formats import human_size
from desktop.services.context import AppContext
from desktop.services.models.gguf_import import (
    GgufImport,
    ImportCancelled,
    NotGguf,
    check_gguf,
    default_model_name,
)
from desktop.services.models.manage import NameProblem, check_new_name
from desktop.ui.models.job_dialog import ModelJobDialog
from desktop.ui.models.widgets import named, plain_label

STEPS = 1000


class ImportGgufDialog(ModelJobDialog):
    def __init__(
        self, context: AppContext, installed: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, installed, parent)
        named(self, "importGgufDialog", self.tr("Import a GGUF file"))
        self.setWindowTitle(self.tr("Import a GGUF file"))
        self.job: GgufImport | None = None
        self.resize(560, 300)

        self.path_input = named(QLineEdit(), "importPathInput", self.tr("GGUF file"))
        self.path_input.setPlaceholderText(self.tr("Choose a .gguf file"))
        self.path_input.textChanged.connect(self._path_changed)
        browse = named(QPushButton(self.tr("Browse…")), "importBrowseButton", self.tr("Browse"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_input, 1)
        path_row.addWidget(browse)
        self.name_input = named(QLineEdit(), "importNameInput", self.tr("Model name"))
        self.name_input.setPlaceholderText(self.tr("e.g. my-model"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Model name:"), self.name_input)

        self.progress = named(QProgressBar(), "importProgress", self.tr("Import progress"))
        self.progress.setRange(0, STEPS)
        self.progress.hide()
        self.status = plain_label(wrap=True)
        self.status.setObjectName("importStatus")
        self.cancel_button = named(
            QPushButton(self.tr("Cancel")), "importCancelButton", self.tr("Cancel import")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self._lay_out(
            "import",
            self.tr(
                "Turn a model file in the GGUF format (for example one downloaded from "
                "Hugging Face) into a model you can chat with. The file is copied to the "
                "computer running Ollama."
            ),
            form,
            [self.progress, self.status, self.error],
            (self.tr("Import"), self.cancel_button),
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a GGUF model file"),
            str(Path.home()),
            self.tr("GGUF model files (*.gguf);;All files (*)"),
        )
        if path:
            self.path_input.setText(path)

    def _path_changed(self, text: str) -> None:
        if text and not self.name_input.isModified():
            self.name_input.setText(default_model_name(Path(text)))

    def start(self) -> None:
        if self.running:
            return
        path = Path(self.path_input.text().strip())
        try:
            if not self.path_input.text().strip():
                raise NotGguf(self.tr("Choose a GGUF file first."))
            check_gguf(path)
            name = check_new_name(self.name_input.text(), "", self.installed)
        except (NotGguf, NameProblem) as problem:
            self._show_error(str(problem))
            return
        self.progress.setValue(0)
        self.progress.show()
        self.job = GgufImport(
            self.context.ollama,
            path,
            name,
            on_progress=self._on_progress,
            on_status=self.status.setText,
        )
        self._run(self._import(self.job))

    async def _import(self, job: GgufImport) -> None:
        await job.run()
        self.progress.setValue(STEPS)
        self.status.setText(self.tr("“{name}” is ready to use.").format(name=job.name))
        self._finished(job.name)

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        # Hashing is the first half of the bar, uploading the second.
        share = done / total if total else 1.0
        offset = 0 if stage == "hashing" else STEPS // 2
        self.progress.setValue(offset + int(share * STEPS / 2))
        words = (
            self.tr("Checking the file: {done} of {total}")
            if stage == "hashing"
            else self.tr("Copying to Ollama: {done} of {total}")
        )
        self.status.setText(words.format(done=human_size(done), total=human_size(total)))

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, ImportCancelled):
            self.submit.setEnabled(True)
            self.status.setText(self.tr("Import cancelled."))
        elif isinstance(error, NotGguf):
            self.submit.setEnabled(True)
            self._show_error(str(error))
        else:
            super()._failed(error)

    def cancel(self) -> None:
        """Stop a running import (the upload is aborted mid-way), or close the dialog."""
        if self.running:
            self._stop()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def _stop(self) -> None:
        """The upload is aborted mid-way; the job ends with ImportCancelled."""
        if self.job is not None:
            self.job.cancel()
