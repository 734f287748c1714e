"""The first-run guide: find Ollama, get a first model, start a first chat.

The dialog only shows and asks; the window carries out what it asks for (start Ollama, retry,
another server, queue a download, open a chat). Which page shows is decided by
:func:`desktop.services.onboarding.current_step` from what the window reports.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import human_size
from desktop.services.models.catalog import CatalogEntry
from desktop.services.onboarding import GET_OLLAMA_URL, Step, current_step
from desktop.ui.common.design import SIZE_TITLE, scaled_font


def _button(text: str, name: str, accessible: str, *, default: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(default)
    button.setDefault(default)
    return button


def _text(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class OnboardingDialog(QDialog):
    """Three short pages; Skip at any time. ``done_with`` is emitted once, when it ends."""

    start_requested = Signal()
    retry_requested = Signal()
    server_requested = Signal()
    download_requested = Signal(str)
    models_tab_requested = Signal()
    chat_requested = Signal(str)
    done_with = Signal()

    def __init__(self, suggestion: CatalogEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onboardingDialog")
        self.setAccessibleName(self.tr("Getting started"))
        self.setWindowTitle(self.tr("Getting started with Paddock"))
        self.setMinimumWidth(520)
        self.suggestion = suggestion
        self.connected = False
        self.installed: list[str] | None = None  # None until the server said
        self.downloading: str | None = None
        self._ended = False

        heading = QLabel(self.tr("Welcome to Paddock"))
        heading.setFont(scaled_font(heading.font(), SIZE_TITLE, bold=True))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._connect_page())
        self.pages.addWidget(self._download_page())
        self.pages.addWidget(self._downloading_page())
        self.pages.addWidget(self._ready_page())

        self.skip_button = _button(
            self.tr("Skip"), "onboardingSkipButton", self.tr("Skip the guide")
        )
        self.skip_button.setToolTip(self.tr("Close this guide; it won't be shown again"))
        self.skip_button.clicked.connect(self.finish)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.show_step()

    # --- pages --------------------------------------------------------------------------------

    def _connect_page(self) -> QWidget:
        page = QWidget()
        self.connect_text = _text(
            self.tr(
                "Paddock talks to Ollama, the free program that runs language models on "
                "your computer. Looking for it…"
            )
        )
        self.connect_text.setObjectName("onboardingConnectText")
        self.start_button = _button(
            self.tr("Start Ollama"), "onboardingStartButton", self.tr("Start Ollama"), default=True
        )
        self.start_button.clicked.connect(self.start_requested)
        self.retry_button = _button(
            self.tr("Try again"), "onboardingRetryButton", self.tr("Look for Ollama again")
        )
        self.retry_button.clicked.connect(self.retry_requested)
        self.get_button = _button(
            self.tr("Get Ollama…"), "onboardingGetOllamaButton", self.tr("Download Ollama")
        )
        self.get_button.setToolTip(GET_OLLAMA_URL)
        self.get_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(GET_OLLAMA_URL)))
        self.server_button = _button(
            self.tr("Use another server…"),
            "onboardingServerButton",
            self.tr("Connect to Ollama on another computer"),
        )
        self.server_button.clicked.connect(self.server_requested)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.retry_button, self.get_button, self.server_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.connect_text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _download_page(self) -> QWidget:
        page = QWidget()
        entry = self.suggestion
        if entry is not None:
            words = self.tr(
                "Ollama is running. To chat you need a model. A good first one is {name} "
                "({size} to download): {description}"
            ).format(name=entry.name, size=human_size(entry.size), description=entry.description)
            label = self.tr("Download {name} ({size})").format(
                name=entry.name, size=human_size(entry.size)
            )
        else:
            words = self.tr("Ollama is running. To chat you need a model: pick one to download.")
            label = self.tr("Download a model")
        self.download_text = _text(words)
        self.download_button = _button(
            label, "onboardingDownloadButton", self.tr("Download the suggested model"), default=True
        )
        self.download_button.setEnabled(entry is not None)
        self.download_button.clicked.connect(self._download)
        self.browse_button = _button(
            self.tr("Choose another in the Models tab"),
            "onboardingBrowseButton",
            self.tr("Open the Models tab"),
        )
        self.browse_button.clicked.connect(self.models_tab_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.browse_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.download_text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _downloading_page(self) -> QWidget:
        page = QWidget()
        self.downloading_text = _text()
        self.downloading_text.setObjectName("onboardingDownloadingText")
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setAccessibleName(self.tr("Downloading"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.downloading_text)
        layout.addWidget(busy)
        layout.addStretch(1)
        return page

    def _ready_page(self) -> QWidget:
        page = QWidget()
        self.ready_text = _text()
        self.ready_text.setObjectName("onboardingReadyText")
        self.chat_button = _button(
            self.tr("Start chatting"), "onboardingChatButton", self.tr("Start a chat"), default=True
        )
        self.chat_button.clicked.connect(self._chat)
        layout = QVBoxLayout(page)
        layout.addWidget(self.ready_text)
        row = QHBoxLayout()
        row.addWidget(self.chat_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- state --------------------------------------------------------------------------------

    def show_server(self, *, connected: bool, url: str, problem: str, can_start: bool) -> None:
        self.connected = connected
        if connected:
            self.connect_text.setText(self.tr("Connected. Checking which models are installed…"))
        else:
            if problem:
                self.connect_text.setText(
                    self.tr(
                        "{problem}\n\nIf Ollama is installed, start it. If not, get it from "
                        "ollama.com, install it, then press Try again."
                    ).format(problem=problem)
                )
            else:
                self.connect_text.setText(self.tr("Looking for Ollama at {url}…").format(url=url))
        self.start_button.setVisible(can_start)
        self.show_step()

    def show_installed(self, names: list[str]) -> None:
        self.installed = list(names)
        if self.installed:
            self.downloading = None
        self.show_step()

    def download_failed(self, message: str) -> None:
        self.downloading = None
        self.download_text.setText(message)
        self.show_step()

    @property
    def step(self) -> Step:
        return current_step(
            connected=self.connected,
            installed=self.installed,
            downloading=self.downloading is not None,
        )

    def show_step(self) -> None:
        step = self.step
        index = {Step.CONNECT: 0, Step.DOWNLOAD: 1, Step.DOWNLOADING: 2, Step.READY: 3}[step]
        self.pages.setCurrentIndex(index)
        if step is Step.DOWNLOADING:
            self.downloading_text.setText(
                self.tr(
                    "Downloading {name}… This can take a few minutes. You can keep using "
                    "Paddock meanwhile; the progress is also in the Models tab."
                ).format(name=self.downloading)
            )
        elif step is Step.READY:
            self.ready_text.setText(
                self.tr("You're all set: {model} is ready. Say hello!").format(
                    model=self.first_model()
                )
            )
        self.skip_button.setVisible(step is not Step.READY)
        self._fit_to_text()

    def _fit_to_text(self) -> None:
        """Tall enough for every wrapped line at the narrowest width the dialog allows.

        A window keeps the height it was first shown with, and a top-level window does not
        follow its labels' height-for-width: a longer text (a server problem, in German) was
        clipped at the top and bottom.
        """
        layout = self.layout()
        if layout is None:
            return
        self.pages.updateGeometry()  # the cached heights predate the new text
        layout.invalidate()
        needed = layout.totalHeightForWidth(self.minimumWidth())
        self.setMinimumHeight(needed)
        if self.height() != needed:
            self.resize(self.width(), needed)

    def first_model(self) -> str:
        installed = self.installed or []
        if self.suggestion is not None and self.suggestion.name in installed:
            return self.suggestion.name
        return installed[0] if installed else ""

    # --- actions ------------------------------------------------------------------------------

    def _download(self) -> None:
        if self.suggestion is None:
            return
        self.downloading = self.suggestion.name
        self.download_requested.emit(self.suggestion.name)
        self.show_step()

    def _chat(self) -> None:
        model = self.first_model()
        self.finish()
        if model:
            self.chat_requested.emit(model)

    def finish(self) -> None:
        """Done or skipped: hide, and never show again."""
        if not self._ended:
            self._ended = True
            self.done_with.emit()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Esc and the title bar's close button count as Skip
        self.finish()
