"""The server status area: connected (green) or not (red, with Retry)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.server_monitor import ServerStatus
from desktop.ui.common.design import SPACE_HAIR, SPACE_S, tones
from desktop.ui.common.plain import plain_label, plain_tooltip


class ServerStatusWidget(QWidget):
    """Says in plain words whether Ollama answers, and offers Retry when it doesn't."""

    retry_requested = Signal()
    start_requested = Signal()
    signin_requested = Signal(str)  # the sign-in page the server named

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverStatus")
        self.setAccessibleName(self.tr("Server status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE_S, SPACE_HAIR, SPACE_S, SPACE_HAIR)
        self._dot = QLabel("●")
        self._dot.setAccessibleName(self.tr("Connection indicator"))
        # The server's version and error texts are shown here: never markup.
        self._text = plain_label(QLabel(self.tr("Checking the Ollama server…")))
        self._text.setObjectName("serverStatusText")
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setWordWrap(False)
        self._retry = QPushButton(self.tr("Retry"))
        self._retry.setObjectName("serverRetryButton")
        self._retry.setAccessibleName(self.tr("Retry connecting to Ollama"))
        self._retry.setToolTip(self.tr("Check again now whether Ollama answers"))
        self._retry.clicked.connect(self.retry_requested)
        self._retry.hide()
        self._start = QPushButton(self.tr("Start Ollama"))
        self._start.setObjectName("startOllamaButton")
        self._start.setAccessibleName(self.tr("Start Ollama on this computer"))
        self._start.setToolTip(self.tr("Ollama is installed here but not running: start it now"))
        self._start.clicked.connect(self.start_requested)
        self._start.hide()
        self.signin_url = ""
        self._signin = QPushButton(self.tr("Sign in…"))
        self._signin.setObjectName("serverSigninButton")
        self._signin.setAccessibleName(self.tr("Sign in to ollama.com"))
        self._signin.setToolTip(self.tr("This server needs you to sign in to ollama.com first"))
        self._signin.clicked.connect(lambda: self.signin_requested.emit(self.signin_url))
        self._signin.hide()
        layout.addWidget(self._dot)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._start)
        layout.addWidget(self._signin)
        layout.addWidget(self._retry)
        self._paint_dot("checking")

    @property
    def text(self) -> str:
        return self._text.text()

    def show_status(self, status: ServerStatus) -> None:
        if status.state == "connected":
            text = self.tr("Connected to Ollama {version} at {url}").format(
                version=status.version or "", url=status.url
            )
        elif status.state == "unreachable":
            text = self.tr("Can't reach Ollama at {url}").format(url=status.url)
            if status.message:
                # "Can't reach Ollama at URL: why" → "why"; other messages are all reason.
                prefix = f"Can't reach Ollama at {status.url}: "
                detail = status.message.removeprefix(prefix)
                text = f"{text} — {detail}"
        else:
            text = self.tr("Checking the Ollama server at {url}…").format(url=status.url)
        self._text.setText(text)
        self._text.setToolTip(plain_tooltip(status.message or text))
        self.setAccessibleDescription(text)
        self._retry.setVisible(status.state == "unreachable")
        self.signin_url = getattr(status.error, "signin_url", None) or ""
        self._signin.setVisible(status.state == "unreachable" and bool(self.signin_url))
        self._paint_dot(status.state)

    def set_can_start(self, can_start: bool) -> None:
        """Offer "Start Ollama" (only when it is installed here and not answering)."""
        self._start.setVisible(can_start)

    def _paint_dot(self, state: str) -> None:
        self._state = state
        tone = tones()
        colour = {"connected": tone.connected, "unreachable": tone.unreachable}
        sheet = f"color: {colour.get(state, tone.checking)}; font-size: 14px;"
        if sheet != self._dot.styleSheet():
            self._dot.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_state"):
            self._paint_dot(self._state)  # the dot in the new theme's tones
