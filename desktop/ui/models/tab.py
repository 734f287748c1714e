"""The Models tab: installed models, downloads, the catalogue, models in memory, create/import.

Layout: a download bar on top; below it three sections (Installed with its details pane,
Discover = the catalogue, In memory = running models); the download queue under them whenever
it has entries. Logic lives in desktop.services.downloads and desktop.services.models; this
module wires widgets to it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QSystemTrayIcon,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as options
from desktop.formats import human_size
from desktop.ollama.errors import OllamaError
from desktop.ollama.types import ModelInfo, RunningModel
from desktop.resources import resource_path
from desktop.services.context import AppContext, required
from desktop.services.downloads.queue import State
from desktop.services.models import manage
from desktop.services.models.catalog import load_catalog
from desktop.services.models.details import ShowCache
from desktop.services.models.disk_space import disk_shares
from desktop.services.models.machine import MachineMemory, detect_machine, total_ram
from desktop.services.models.names import check_model_name
from desktop.services.models.recommendations import fetch_recommendations
from desktop.services.server_monitor import UNREACHABLE, ServerStatus
from desktop.services.tasks import plain_message
from desktop.ui.common.design import SPACE_S
from desktop.ui.common.icons import themed_clear_button
from desktop.ui.common.message_bar import MessageBar
from desktop.ui.models.catalog_view import CatalogView
from desktop.ui.models.copy_dialog import CopyRenameDialog
from desktop.ui.models.create_dialog import CreateModelDialog
from desktop.ui.models.details_pane import ModelDetailsPane
from desktop.ui.models.disk_usage import DiskUsage
from desktop.ui.models.downloads_view import DownloadsPanel, DownloadsView
from desktop.ui.models.import_dialog import ImportGgufDialog
from desktop.ui.models.installed_model import (
    MODEL_ROLE,
    InstalledFilterProxy,
    InstalledModelsModel,
)
from desktop.ui.models.running_panel import RunningModelsPanel
from desktop.ui.models.updates_bar import UpdatesBar
from desktop.ui.models.updates_view import UpdatesView
from desktop.ui.models.widgets import (
    BadgeDelegate,
    FittedColumns,
    named,
    plain_label,
)

log = logging.getLogger(__name__)
# Which columns give way first when the installed models don't fit their pane: the long
# update reasons (whole in their tooltips) first; the names only as far as most stay whole.
FIT_ORDER = (
    InstalledModelsModel.UPDATES,
    InstalledModelsModel.NAME,
    InstalledModelsModel.FAMILY,
    InstalledModelsModel.MODIFIED,
    InstalledModelsModel.SIZE,
    InstalledModelsModel.ABILITIES,
)
TECHNICAL_COLUMNS = (
    InstalledModelsModel.PARAMETERS,
    InstalledModelsModel.QUANTIZATION,
    InstalledModelsModel.FAMILY,
)

INSTALLED, DISCOVER, IN_MEMORY = range(3)
RESIZE_SAMPLE_ROWS = 60
# The Updates column sorts what needs a click first, then problems, then the rest.


class ModelsTab(QWidget):
    """Download and manage models. The main window wires the public signals and methods."""

    chat_requested = Signal(str)
    installed_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.installed_source = required(context.installed_models, "installed models")
        self.installed: list[ModelInfo] = []
        self.running: list[RunningModel] = []
        self.machine = MachineMemory(total_ram())
        self.notifications: list[tuple[str, str]] = []
        self.dialog: QWidget | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._tray: QSystemTrayIcon | None = None
        self._closed = False
        self._show_cache = ShowCache(lambda: self.context.ollama)
        self.queue = required(context.downloads, "download queue")
        self.updates = context.model_updates
        self.updates_view = UpdatesView(self)
        self._stop_updates: Callable[[], None] | None = None

        self.message_bar = MessageBar()
        self.message_bar.setObjectName("modelsMessageBar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_S, SPACE_S, SPACE_S, SPACE_S)
        layout.addWidget(self.message_bar)
        layout.addLayout(self._build_download_bar())
        self.name_error = plain_label(wrap=True)
        self.name_error.setObjectName("pullNameError")
        self.name_error.setStyleSheet("color: #b3261e;")
        self.name_error.hide()
        layout.addWidget(self.name_error)

        self.sections = named(QTabWidget(), "modelsSections", self.tr("Model sections"))
        self.sections.addTab(self._build_installed_page(), self.tr("Installed"))
        self.catalog_view = CatalogView(load_catalog())
        self.catalog_view.download_requested.connect(self.queue_download)
        self.catalog_view.set_machine(self.machine)
        self.sections.addTab(self.catalog_view, self.tr("Discover models"))
        self.running_panel = RunningModelsPanel(self.context_fetch_running, self._start)
        self.running_panel.unload_requested.connect(self.unload)
        self.running_panel.running_changed.connect(self._on_running)
        self.sections.addTab(self.running_panel, self.tr("In memory"))
        self.sections.setTabToolTip(INSTALLED, self.tr("Models on the computer running Ollama"))
        self.sections.setTabToolTip(DISCOVER, self.tr("Find popular models to download"))
        self.sections.setTabToolTip(IN_MEMORY, self.tr("Models loaded in memory right now"))

        self._already_listed = ""  # the name the message bar says is already downloading
        self.downloads_view = DownloadsView(self.queue, self.installed_source)
        self.downloads_view.chat_requested.connect(self.chat_requested)
        self.downloads_view.finished.connect(self._download_finished)
        self.downloads_view.insecure_needed.connect(self._offer_insecure)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("modelsDownloadsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sections)
        self.downloads_panel = DownloadsPanel(self.downloads_view)
        splitter.addWidget(self.downloads_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._build_shortcuts()

        restored = self.queue.restore()
        self.downloads_view.settings_changed()
        if restored:
            log.info("restored %d unfinished downloads", len(restored))
        self.installed_source.changed.connect(self._show_installed)
        if context.server_status is not None:
            context.server_status.status_changed.connect(self.show_server_status)
            self.show_server_status(context.server_status.status)
        if self.updates is not None:
            self._stop_updates = self.updates.subscribe(self._show_updates)
        QTimer.singleShot(0, self._first_load)

    # --- building ---------------------------------------------------------------------------

    def _build_download_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = plain_label(self.tr("Download a model:"))
        self.pull_input = named(QLineEdit(), "pullNameInput", self.tr("Model name to download"))
        self._pull_placeholder = self.tr("Type a model name, e.g. llama3.2 or qwen3:8b (Ctrl+D)")
        self._pull_tip = self.tr(
            "Names look like model, model:tag, namespace/model:tag or "
            "registry/namespace/model:tag. Not sure? Look in Discover models."
        )
        self.pull_input.setPlaceholderText(self._pull_placeholder)
        self.pull_input.setToolTip(self._pull_tip)
        themed_clear_button(self.pull_input)
        self.pull_input.textChanged.connect(self._pull_text_changed)
        self.pull_input.returnPressed.connect(self._pull_clicked)
        self.pull_button = named(
            QPushButton(self.tr("Download")), "pullButton", self.tr("Download")
        )
        self._pull_button_tip = self.tr("Add this model to the downloads")
        self.pull_button.setToolTip(self._pull_button_tip)
        self.pull_button.clicked.connect(self._pull_clicked)
        self.insecure_check = named(
            QCheckBox(self.tr("Allow insecure (HTTP) registry")),
            "pullInsecureCheck",
            self.tr("Allow insecure (HTTP) registry"),
        )
        self.insecure_check.setToolTip(
            self.tr("Only for registries you run yourself that don't offer HTTPS")
        )
        self.insecure_check.hide()
        self.create_button = named(
            QPushButton(self.tr("Create a model…")), "createModelButton", self.tr("Create a model")
        )
        self.create_button.setToolTip(
            self.tr("Make your own model from an installed one, with its own instructions")
        )
        self.create_button.clicked.connect(self.open_create_dialog)
        self.import_button = named(
            QPushButton(self.tr("Import a GGUF file…")),
            "importGgufButton",
            self.tr("Import a GGUF file"),
        )
        self.import_button.setToolTip(self.tr("Add a model from a .gguf file on this computer"))
        self.import_button.clicked.connect(self.open_import_dialog)
        bar.addWidget(label)
        bar.addWidget(self.pull_input, 1)
        bar.addWidget(self.insecure_check)
        bar.addWidget(self.pull_button)
        bar.addSpacing(16)
        bar.addWidget(self.create_button)
        bar.addWidget(self.import_button)
        return bar

    def _build_installed_page(self) -> QWidget:
        self.installed_model = InstalledModelsModel(self)
        self.proxy = InstalledFilterProxy(self)
        self.proxy.setSourceModel(self.installed_model)

        self.filter_input = named(QLineEdit(), "modelsFilterInput", self.tr("Filter models"))
        self.filter_input.setPlaceholderText(self.tr("Filter by name or family (Ctrl+F)"))
        themed_clear_button(self.filter_input)
        self.filter_input.textChanged.connect(self.proxy.set_search)
        self.ability_filter = named(
            QComboBox(), "modelsAbilityFilter", self.tr("Filter by ability")
        )
        for text, value in (
            (self.tr("Any ability"), ""),
            (self.tr("Sees images (vision)"), "vision"),
            (self.tr("Uses tools"), "tools"),
            (self.tr("Thinks step by step"), "thinking"),
            (self.tr("Embeddings"), "embedding"),
        ):
            self.ability_filter.addItem(text, value)
        self.ability_filter.setToolTip(self.tr("Show only models that can do this"))
        self.ability_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_capability(self.ability_filter.currentData())
        )
        refresh = named(QPushButton(self.tr("Refresh")), "modelsRefreshButton", self.tr("Refresh"))
        refresh.setToolTip(self.tr("Read the list of installed models again (F5)"))
        refresh.clicked.connect(self.refresh_installed)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_input, 1)
        filters.addWidget(self.ability_filter)
        filters.addWidget(refresh)
        self.updates_bar = UpdatesBar()
        self.updates_bar.check_clicked.connect(self.check_updates)
        self.updates_bar.update_clicked.connect(self._update_selected)
        self.updates_bar.update_all_clicked.connect(self.update_all)

        self.table = named(QTableView(), "modelsTable", self.tr("Installed models"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InstalledModelsModel.MODIFIED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(
            InstalledModelsModel.ABILITIES, BadgeDelegate(self.table)
        )
        header = self.table.horizontalHeader()
        # Widths are fitted once per refresh (from a sample of rows), not on every sort or
        # filter: ResizeToContents would measure every row each time (slow with hundreds).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        settings = self.context.settings
        self._show_technical(bool(settings and settings.get(options.TECHNICAL_DETAILS)))
        if settings is not None:
            settings.on_change(self._setting_changed)
        self.table.doubleClicked.connect(lambda _: self._chat_selected())
        self.columns = FittedColumns(self.table, FIT_ORDER)
        self.empty_label = plain_label(
            self.tr(
                "No models installed yet. Type a name above, or pick one in “Discover models”."
            ),
            wrap=True,
        )
        self.empty_label.setObjectName("modelsEmpty")
        self.empty_label.hide()
        self.disk_usage = DiskUsage()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.updates_bar)
        # Hidden only once in its layout: a parentless widget shown is a window of its own.
        self.updates_bar.setVisible(self.updates is not None)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.disk_usage)

        self.details = ModelDetailsPane(self.context.settings)
        self.details.chat_clicked.connect(self.chat_requested)
        self.details.copy_clicked.connect(self.open_copy_dialog)
        self.details.delete_clicked.connect(self.confirm_delete)
        self.details.unload_clicked.connect(self.unload)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("modelsDetailsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 420])  # the list needs the room more than the details
        return splitter

    def _build_shortcuts(self) -> None:
        # Ctrl+F is the window's: it reaches this tab through focus_search().
        for keys, slot in (
            (QKeySequence("Ctrl+D"), self.pull_input.setFocus),
            (QKeySequence.StandardKey.Refresh, self.refresh_installed),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self._delete_selected),
            (QKeySequence("F2"), self._copy_selected),
            (QKeySequence(Qt.Key.Key_Return), self._chat_selected),
        ):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # --- public API (wired by the main window) ----------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F while this tab is showing: filter the installed models."""
        self._focus_filter()

    def queue_download(self, name: str, insecure: bool = False) -> None:
        """Add ``name`` to the downloads (from the Chat/Generate tabs or the catalogue)."""
        check = check_model_name(name)
        if not check.ok:
            self.message_bar.show_message(check.message)
            return
        earlier = self.queue.find(check.name)
        running = earlier is not None and earlier.state in (State.ACTIVE, State.QUEUED)
        item, _added = self.queue.add(check.name, insecure=insecure)
        if running:  # a paused or failed one was just resumed; a finished one starts again
            self.message_bar.show_message(
                self.tr("“{name}” is already in the download list.").format(name=item.name)
            )
            self._already_listed = item.name

    def show_server_status(self, status: ServerStatus) -> None:
        """No server answers: the download box is disabled and says why (a typed name stays)."""
        unreachable = status.state == UNREACHABLE
        for widget in (self.pull_input, self.pull_button, self.insecure_check):
            widget.setEnabled(not unreachable)
        self.catalog_view.set_server_reachable(not unreachable)
        if unreachable:
            reason = self.tr("Ollama can't be reached, so nothing can be downloaded now.")
            self.pull_input.setPlaceholderText(reason)
            self.pull_input.setToolTip(reason)
            self.pull_button.setToolTip(reason)
        else:
            self.pull_input.setPlaceholderText(self._pull_placeholder)
            self.pull_input.setToolTip(self._pull_tip)
            self.pull_button.setToolTip(self._pull_button_tip)

    def refresh_installed(self) -> None:
        self._start(self._load_installed())

    def refresh_models(self) -> None:
        """Another server: read its installed models and what it has in memory."""
        self.refresh_installed()
        self.running_panel.refresh()

    def refresh_running(self) -> None:
        """One refresh of the models in memory (after a chat or generate)."""
        self.running_panel.refresh()

    def shutdown(self) -> None:
        """Stop downloads (they resume next start) and background work; call before closing."""
        if self._closed:
            return
        self._closed = True
        self.queue.shutdown()
        self.downloads_panel.detach()
        self.running_panel.stop()
        if self._stop_updates is not None:
            self._stop_updates()
        for task in list(self._tasks):
            task.cancel()
        if self._tray is not None:
            self._tray.hide()

    # --- background work ----------------------------------------------------------------------

    def _start(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = self.context.tasks.run(coroutine, on_error=self._report)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _report(self, error: BaseException) -> None:
        if isinstance(error, OllamaError):  # the server is down or said no: expected, no bug
            log.warning("models tab: %s %s", error, error.detail)
        else:
            log.error("models tab: %s", error, exc_info=error)
        if not self._closed:
            self.message_bar.show_message(plain_message(error))

    def _first_load(self) -> None:
        if self._closed:
            return
        self.refresh_installed()
        self.running_panel.refresh()
        self._start(self._detect_machine())
        self._start(self._load_recommendations())
        if self.updates is not None:
            self._start(self.updates.load())

    async def context_fetch_running(self) -> list[RunningModel]:
        return await self.context.ollama.running_models()

    async def _load_installed(self) -> None:
        """Ask the one installed-models source again; every tab's list follows it."""
        self._show_installed(await self.installed_source.refresh())

    def _show_installed(self, models: list[ModelInfo]) -> None:
        if self._closed:
            return
        selected = self.selected_name()
        self.installed = models
        self.installed_model.set_models(models)
        self.table.resizeColumnsToContents()
        self.fit_table()
        self.empty_label.setVisible(not models)
        self.table.setVisible(bool(models))
        self.disk_usage.show_models(disk_shares(models))
        self.catalog_view.set_installed([m.name for m in models])
        self.sections.setTabText(
            INSTALLED, self.tr("Installed ({count})").format(count=len(models))
        )
        self._show_update_bar()
        if selected and self.select_model(selected):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.details.clear()

    async def _detect_machine(self) -> None:
        loop = asyncio.get_running_loop()
        machine = await loop.run_in_executor(None, detect_machine)
        self.machine = machine
        self.catalog_view.set_machine(machine)

    async def _load_recommendations(self) -> None:
        client = self.context.ollama
        if getattr(client, "model_recommendations", None) is None:
            return
        version = await client.version()
        recommendations = await fetch_recommendations(client, version)
        self.catalog_view.set_recommendations(recommendations)

    # --- installed models ----------------------------------------------------------------------

    def selected_name(self) -> str | None:
        model = self.selected_model()
        return model.name if model else None

    def selected_model(self) -> ModelInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(MODEL_ROLE) if rows else None

    def select_model(self, name: str) -> bool:
        row = self.installed_model.row_of(name)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.installed_model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_update_bar()
        model = self.selected_model()
        if model is None:
            self.details.clear()
            return
        self.details.show_model(model)
        self.details.set_running(self._running_named(model.name))
        cached = self._show_cache.cached(model.name, model.digest)
        if cached is not None:
            self.details.show_details(model.name, cached)
        else:
            self._start(self._load_details(model))

    async def _load_details(self, model: ModelInfo) -> None:
        try:
            show = await self._show_cache.get(model.name, model.digest)
        except OllamaError as exc:  # shown in the pane, where the person is looking
            self.details.show_error(model.name, exc.message)
            return
        self.details.show_details(model.name, show)

    def _running_named(self, name: str) -> RunningModel | None:
        return next((m for m in self.running if m.name == name), None)

    def _on_running(self, models: list[RunningModel]) -> None:
        self.running = models
        title = self.tr("In memory ({count})").format(count=len(models))
        self.sections.setTabText(IN_MEMORY, title if models else self.tr("In memory"))
        model = self.details.model
        if model is not None:
            self.details.set_running(self._running_named(model.name))

    def _focus_filter(self) -> None:
        self.sections.setCurrentIndex(INSTALLED)
        self.filter_input.setFocus()
        self.filter_input.selectAll()

    def _chat_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.chat_requested.emit(name)

    def _copy_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.open_copy_dialog(name)

    def _delete_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.confirm_delete(name)

    # --- actions -------------------------------------------------------------------------------

    def _installed_names(self) -> list[str]:
        return [m.name for m in self.installed]

    def _size_of(self, name: str) -> int:
        return next((m.size for m in self.installed if m.name == name), 0)

    def confirm_delete(self, name: str) -> QMessageBox:
        """Ask before deleting; the question names the model and the space it frees."""
        box = QMessageBox(self)
        box.setObjectName("deleteModelConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete model"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Delete “{name}”?").format(name=name))
        box.setInformativeText(
            self.tr(
                "This frees up to {size} on the computer running Ollama. Files shared with "
                "other models are kept. You can download it again later."
            ).format(size=human_size(self._size_of(name)))
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        named(delete, "confirmDeleteButton", self.tr("Delete {name}").format(name=name))
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(
            lambda button: self._start(self._delete(name)) if button is delete else None
        )
        self.dialog = box
        box.open()
        return box

    async def _delete(self, name: str) -> None:
        await manage.delete_model(self.context.ollama, name)
        self._show_cache.forget(name)
        await self._load_installed()
        self.installed_changed.emit()

    def open_copy_dialog(self, name: str) -> CopyRenameDialog:
        dialog = CopyRenameDialog(name, self._installed_names(), self)
        dialog.chosen.connect(lambda new, rename: self._start(self._copy(name, new, rename)))
        self.dialog = dialog
        dialog.open()
        return dialog

    async def _copy(self, source: str, destination: str, rename: bool) -> None:
        if rename:
            await manage.rename_model(self.context.ollama, source, destination)
            self._show_cache.forget(source)
        else:
            await manage.copy_model(self.context.ollama, source, destination)
        await self._load_installed()
        self.select_model(destination)
        self.installed_changed.emit()

    def unload(self, name: str) -> None:
        self._start(self._unload(name))

    async def _unload(self, name: str) -> None:
        await manage.unload_model(self.context.ollama, name)
        self.running_panel.drop(name)
        self.running_panel.refresh()

    def open_create_dialog(self) -> CreateModelDialog:
        dialog = CreateModelDialog(
            self.context, self._installed_names(), self.selected_name() or "", self
        )
        dialog.created.connect(self._model_created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_import_dialog(self) -> ImportGgufDialog:
        dialog = ImportGgufDialog(self.context, self._installed_names(), self)
        dialog.created.connect(self._model_created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _model_created(self, name: str) -> None:
        self._start(self._after_create(name))

    async def _after_create(self, name: str) -> None:
        await self._load_installed()
        self.sections.setCurrentIndex(INSTALLED)
        self.select_model(name)
        self.installed_changed.emit()

    # --- updates -------------------------------------------------------------------------------

    def check_updates(self) -> None:
        """Ask the registries about every installed model (nothing is downloaded)."""
        if self.updates is not None:
            self._start(self._check_updates())

    async def _check_updates(self) -> None:
        assert self.updates is not None
        await self.updates.check_all()

    def update_model(self, name: str) -> None:
        """Queue the pull that updates ``name`` (it must have an update waiting)."""
        model = next((m for m in self.installed if m.name == name), None)
        if self.updates is None or model is None or not self.updates.update(model):
            self.message_bar.show_message(
                self.tr("“{name}” has no update to download right now.").format(name=name)
            )

    def update_all(self) -> None:
        if self.updates is not None:
            self.updates.update_all(self.installed)

    def _update_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.update_model(name)

    def _setting_changed(self, option: object, value: object) -> None:
        if option is options.TECHNICAL_DETAILS and not self._closed:
            self._show_technical(bool(value))

    def _show_technical(self, shown: bool) -> None:
        """Parameters, quantization and family are for people who know models: shown only
        with Settings → Show technical details."""
        for column in TECHNICAL_COLUMNS:
            self.table.setColumnHidden(column, not shown)

    def fit_table(self) -> None:
        """The columns were sized to their contents: no sideways scrolling all the same, the
        widest columns give way (their text is elided)."""
        self.columns.measured()

    def _show_updates(self) -> None:
        """The update service learned something: redraw the Updates column and the bar."""
        if not self._closed:
            self.updates_view.show_updates()

    def _show_update_bar(self) -> None:
        if not self._closed:
            self.updates_view.show_bar()

    # --- downloads -----------------------------------------------------------------------------

    def _pull_text_changed(self, text: str) -> None:
        self.name_error.hide()
        check = check_model_name(text)
        self.insecure_check.setVisible(check.ok and check.has_explicit_host)

    def _pull_clicked(self) -> None:
        check = check_model_name(self.pull_input.text())
        if not check.ok:
            self.name_error.setText(check.message)
            self.name_error.show()
            return
        insecure = check.has_explicit_host and self.insecure_check.isChecked()
        self.queue_download(check.name, insecure=insecure)
        self.pull_input.clear()

    def _offer_insecure(self, name: str) -> None:
        """The registry only speaks HTTP: the name is back in the box with the tick offered,
        so "add the download again" needs no retyping."""
        if not self.pull_input.text().strip():
            self.pull_input.setText(name)

    def _download_finished(self, name: str) -> None:
        if self._already_listed == name and self.message_bar.isVisible():
            self.message_bar.hide()  # "already in the list" is stale once it is done
        self._already_listed = ""
        self._show_cache.forget(name)
        self._start(self._after_download(name))
        window = self.window()
        if not window.isActiveWindow():
            self.notify(
                self.tr("Download finished"),
                self.tr("“{name}” is ready to use.").format(name=name),
            )

    async def _after_download(self, name: str) -> None:
        await self._load_installed()
        self.installed_changed.emit()

    def notify(self, title: str, text: str) -> None:
        """A desktop notification where the system offers one; silently nothing elsewhere."""
        self.notifications.append((title, text))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = QIcon(str(resource_path("icons", "paddock.svg")))
            app_icon = QApplication.windowIcon()
            self._tray = QSystemTrayIcon(app_icon if not app_icon.isNull() else icon, self)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
