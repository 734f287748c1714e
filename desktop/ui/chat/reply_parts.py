"""Parts of a reply made only when needed: "Loading model…" and the panel of a failed reply.

Most replies never show either, and a long chat makes many message widgets: these are built
the first time a reply loads or fails. Their words keep the message's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.ui.common.design import SPACE_HAIR, SPACE_M, SPACE_S


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageWidget", text)


class LoadingRow(QWidget):
    """ "Loading model…" with a busy bar, above a reply whose model is being loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, SPACE_HAIR, 0, SPACE_HAIR)
        self.label = QLabel(_tr("Loading model…"))
        self.label.setObjectName("messageLoading")
        self.label.setToolTip(
            _tr(
                "The server is getting the model ready. The first reply after a while can "
                "take some seconds."
            )
        )
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setFixedSize(60, 6)
        busy.setTextVisible(False)
        layout.addWidget(self.label)
        layout.addWidget(busy)
        layout.addStretch(1)
        self.hide()


class ProblemPanel(QFrame):
    """What a failed reply shows: the words, and the buttons that can help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageError")
        self.setAccessibleName(_tr("Problem with this reply"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE_M, SPACE_S, SPACE_S, SPACE_S)
        self.label = QLabel()
        self.label.setObjectName("messageErrorText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download = _button(
            _tr("Download it"),
            "errorDownloadButton",
            _tr("Download this model"),
            _tr("Queue the download in the Models tab"),
        )
        self.retry = _button(
            _tr("Retry"), "errorRetryButton", _tr("Try again"), _tr("Ask for this reply again")
        )
        self.signin = _button(
            _tr("Sign in…"),
            "errorSigninButton",
            _tr("Sign in to ollama.com"),
            _tr("Open the ollama.com sign-in page in your browser"),
        )
        layout.addWidget(self.label, 1)
        for button in (self.signin, self.download, self.retry):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def buttons(self) -> dict[str, QPushButton]:
        """Each button by the action it asks for."""
        return {"download": self.download, "retry": self.retry, "signin": self.signin}


def _button(text: str, name: str, accessible: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button
