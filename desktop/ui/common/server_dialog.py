"""Add or edit an Ollama server: name, address, optional API key and headers, TLS check.

The key and the headers are secrets (a header may be ``Authorization: Bearer …``): the
profiles service keeps both in the keyring and sends them only to this server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ollama.host import resolve_host
from desktop.services.servers import ServerProfile, cloud_template
from desktop.ui.common.design import tones
from desktop.ui.common.plain import plain_label


def parse_headers(text: str) -> dict[str, str]:
    """``Name: value`` lines; blank lines ignored; raises ValueError naming a bad line."""
    headers: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, separator, value = line.partition(":")
        if not separator or not name.strip():
            raise ValueError(
                QCoreApplication.translate(
                    "ServerDialog", "Line {number} should look like “Name: value”."
                ).format(number=number)
            )
        headers[name.strip()] = value.strip()
    return headers


class ServerDialog(QDialog):
    """``problem_with`` says why a profile can't be saved (another server has its address);
    with ``editing`` the form starts filled in and saves under the same server."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        problem_with: Callable[[ServerProfile], str] | None = None,
        editing: ServerProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self._problem_with = problem_with
        self.editing = editing
        if editing is None:
            self.setAccessibleName(self.tr("Add a server"))
            self.setWindowTitle(self.tr("Add an Ollama server"))
        else:
            self.setAccessibleName(self.tr("Edit a server"))
            self.setWindowTitle(self.tr("Edit this Ollama server"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Server name"))
        self.name.setPlaceholderText(self.tr("e.g. Office GPU box"))
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Server address"))
        self.url.setPlaceholderText("http://192.168.1.20:11434")
        self.api_key = QLineEdit()
        self.api_key.setAccessibleName(self.tr("API key"))
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("only for ollama.com or a proxy that asks"))
        self.headers = QPlainTextEdit()
        self.headers.setAccessibleName(self.tr("Extra headers"))
        self.headers.setPlaceholderText("X-Team: blue")
        self.headers.setFixedHeight(60)
        self.verify = QCheckBox(self.tr("Check the server's certificate (recommended)"))
        self.verify.setAccessibleName(self.tr("Check TLS certificate"))
        self.verify.setChecked(True)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.url)
        form.addRow(self.tr("API &key"), self.api_key)
        form.addRow(self.tr("&Headers"), self.headers)
        form.addRow("", self.verify)
        cloud = QPushButton(self.tr("Fill in Ollama's cloud"))
        cloud.setAccessibleName(self.tr("Use the Ollama cloud template"))
        cloud.clicked.connect(self.use_cloud)
        self.problem = plain_label(QLabel())
        self.problem.setStyleSheet(f"color: {tones().bad};")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The API key and the headers are kept in your system's keyring, never in "
                "Paddock's files, and are sent only to this server."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(cloud)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def fill(self, name: str, api_key: str, headers: dict[str, str]) -> None:
        """The edited server as saved: its name, address, key and headers."""
        assert self.editing is not None
        self.name.setText(name)
        self.url.setText(self.editing.url)
        self.api_key.setText(api_key)
        self.headers.setPlainText("\n".join(f"{k}: {v}" for k, v in headers.items()))
        self.verify.setChecked(self.editing.verify_tls)

    def use_cloud(self) -> None:
        template = cloud_template()
        self.name.setText(template.name)
        self.url.setText(template.url)
        self.verify.setChecked(True)
        self.api_key.setFocus()

    def profile(self) -> ServerProfile:
        """The profile described by the form; raises ValueError with plain words."""
        address = self.url.text().strip()
        if not address:
            raise ValueError(self.tr("Type the server's address."))
        url = resolve_host(address)
        headers = parse_headers(self.headers.toPlainText())
        name = self.name.text().strip() or url
        profile = ServerProfile(name=name, url=url, headers=headers,
                                verify_tls=self.verify.isChecked())  # fmt: skip
        if self.editing is not None:
            profile.id = self.editing.id
        problem = self._problem_with(profile) if self._problem_with else ""
        if problem:
            raise ValueError(problem)
        return profile

    def _accept_if_valid(self) -> None:
        try:
            self.profile()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.accept()
