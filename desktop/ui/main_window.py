"""The main window: Chat, Models and Generate tabs, the server status, menus and shortcuts.

Only the Chat tab is built before the window is first shown; the Models and Generate tabs are
:class:`~desktop.ui.lazy_tab.LazyTab` placeholders until they are needed (see
``build_remaining_tabs``), so the window appears sooner.
"""

from __future__ import annotations

import asyncio
import platform
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop import settings as options
from desktop.logging_setup import ErrorRouting
from desktop.ollama.host import is_local_url
from desktop.services.chat.new_chat import NewChatDefaults, parse_defaults
from desktop.services.context import AppContext, required
from desktop.services.downloads.queue import Change as DownloadChange
from desktop.services.downloads.queue import State as DownloadState
from desktop.services.ollama_process import find_ollama
from desktop.services.server_monitor import ServerMonitor, ServerStatus
from desktop.services.servers import (
    ServerProfile,
    address_name,
    display_name,
)
from desktop.services.tasks import plain_message
from desktop.services.window_size import first_window_size
from desktop.storage import Conversation
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.renderer import markdown_ready
from desktop.ui.common.error_dialog import ProblemBar
from desktop.ui.common.notifier import Notifier
from desktop.ui.common.plain import plain_box
from desktop.ui.common.server_picker import COMMAND_LINE, PickerEntry, ServerPicker
from desktop.ui.common.status_bar import ServerStatusWidget
from desktop.ui.common.theme import apply_font_size, apply_theme
from desktop.ui.lazy_tab import FirstPaint, LazyTab
from desktop.ui.server_editing import ServerEditing
from desktop.ui.tab_protocol import MainTab

if TYPE_CHECKING:  # dialogs and the tabs are imported when first built or shown
    from desktop.ui.chat.options_dialog import ChatOptionsDialog, ChatSettings
    from desktop.ui.chat.tab import ChatTab
    from desktop.ui.common.log_dialog import OllamaLogDialog
    from desktop.ui.common.server_dialog import ServerDialog
    from desktop.ui.common.shortcuts import ShortcutsDialog
    from desktop.ui.generate.tab import GenerateTab
    from desktop.ui.models.tab import ModelsTab
    from desktop.ui.onboarding import OnboardingDialog
    from desktop.ui.settings.dialog import SettingsDialog


class MainWindow(QMainWindow):
    """Hosts the tabs; knows nothing of HTTP or storage beyond the shared context.

    Every service comes built from ``context`` (see ``desktop.app.build_context``). Public for
    the rest of the app: ``context``, ``server_status`` (``status_changed``, ``reconnected``),
    ``installed_models`` (``changed``), ``show_problem(message, error)``, and ``closed``
    (emitted once the window has shut its services down).
    """

    closed = Signal()
    first_painted = Signal()  # once, right after the first paint (or a second after showing)

    def __init__(
        self,
        context: AppContext,
        *,
        command_line_url: str | None = None,
        log_path: str | None = None,
        key_to_read: ServerProfile | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.server_status = server_status = required(context.server_status, "server status")
        self.installed_models = required(context.installed_models, "installed models")
        self.ollama_process = required(context.ollama_process, "ollama process")
        self.ollama_process.on_line = self._on_ollama_line
        self.log_path = log_path
        self.error_routing: ErrorRouting | None = None  # set by desktop.app; undone on close
        self.remember_geometry = True
        self.about_box: QMessageBox | None = None
        self._shut_down = False
        self.settings = required(context.settings, "settings")
        self.settings_dialog: SettingsDialog | None = None
        self.onboarding: OnboardingDialog | None = None
        self.profiles = context.profiles
        self.command_line_url = command_line_url
        self._key_to_read = key_to_read
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Paddock"))
        self.setWindowTitle(self.tr("Paddock"))
        self.setMinimumSize(QSize(720, 480))
        self._fit_to_screen()

        self.notifier = Notifier(lambda: bool(self.settings.get(options.NOTIFICATIONS)), self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.tabs.setDocumentMode(True)
        self.lazy_chat: LazyTab[ChatTab] = LazyTab(
            self.tabs,
            self._make_chat_tab,
            object_name="chatTab",
            title=self.tr("Chat"),
            tooltip=self.tr("Talk with a model (Ctrl+1)"),
            on_built=self._wire_chat_tab,
        )
        self.lazy_models: LazyTab[ModelsTab] = LazyTab(
            self.tabs,
            self._make_models_tab,
            object_name="modelsTab",
            title=self.tr("Models"),
            tooltip=self.tr("Download and manage models (Ctrl+2)"),
            on_built=self._wire_models_tab,
        )
        self.lazy_generate: LazyTab[GenerateTab] = LazyTab(
            self.tabs,
            self._make_generate_tab,
            object_name="generateTab",
            title=self.tr("Generate"),
            tooltip=self.tr("One-off prompts with every option (Ctrl+3)"),
            on_built=self._wire_generate_tab,
        )
        self.main_tabs: tuple[MainTab, ...] = (self.lazy_chat, self.lazy_models, self.lazy_generate)

        self.message_bar = ProblemBar()
        self.status_widget = ServerStatusWidget()
        self.status_widget.retry_requested.connect(server_status.retry)
        self.status_widget.start_requested.connect(self.start_ollama)
        self.link_guard = LinkGuard(self)
        self.status_widget.signin_requested.connect(
            lambda url: self.link_guard.request(QUrl(url), self)  # shows the address, asks
        )
        self.log_dialog: OllamaLogDialog | None = None
        server_status.status_changed.connect(self._on_status)
        self.status_widget.show_status(server_status.status)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.server_picker = ServerPicker()
        self.server_switcher = self.server_picker.combo
        self._fill_server_switcher()
        self.server_picker.chosen.connect(self.switch_server)
        self.server_editing = ServerEditing(self)
        self.server_picker.add_requested.connect(self.add_server)
        self.server_picker.edit_requested.connect(self.edit_server)
        self.server_picker.remove_requested.connect(self.remove_server)
        self.statusBar().addWidget(self.server_picker)
        self.statusBar().addWidget(self.status_widget, 1)
        self.statusBar().setSizeGripEnabled(True)
        self._build_menus()
        self._build_shortcuts()
        self._restore_geometry()
        apply_theme(self.settings.get(options.THEME))
        apply_font_size(self.settings.get(options.FONT_SIZE))
        self.settings.on_change(self._on_setting_changed)
        self._first_paint = FirstPaint(self, self._after_first_paint)

    # --- public -----------------------------------------------------------------------------

    def show_problem(self, message: str, error: BaseException | None = None) -> None:
        """Show a plain-words problem without interrupting the user (no modal dialog).

        With ``error``, "Show details…" offers its technical line; the traceback stays in the
        log file.
        """
        self.message_bar.show_problem(message, error, self.log_path)

    @property
    def chat_tab(self) -> ChatTab:
        """The Chat tab (built now if it was not yet: it is built right after the first
        paint)."""
        return self.lazy_chat.widget()

    @property
    def models_tab(self) -> ModelsTab:
        """The Models tab (built now if it was not yet)."""
        return self.lazy_models.widget()

    @property
    def generate_tab(self) -> GenerateTab:
        """The Generate tab (built now if it was not yet)."""
        return self.lazy_generate.widget()

    def _after_first_paint(self) -> None:
        """Now that the window shows: talk to the server, then build the other tabs."""
        self.first_painted.emit()
        if self._shut_down:
            return
        self.lazy_chat.widget()  # the window is on screen: now the chats in it
        markdown_ready()  # markdown-it starts loading on a worker thread, for the first reply
        profile, self._key_to_read = self._key_to_read, None
        if profile is None:
            self.server_status.start()
            self.build_remaining_tabs()
            return
        connecting = self.context.tasks.run(self._connect_with_key(profile), name="first-key")
        connecting.add_done_callback(
            lambda _done: QTimer.singleShot(0, self, self.build_remaining_tabs)
        )

    async def _connect_with_key(self, profile: ServerProfile) -> None:
        """The window was built with a client that has no API key yet (loading the keyring
        took longer than building the window): read the key off this thread, then start
        the checks, which are the first requests."""
        from desktop.ollama.aio import AsyncOllamaClient

        assert self.profiles is not None
        try:
            client = AsyncOllamaClient(await self.profiles.open_client(profile))
        except Exception:
            if not self._shut_down:
                self.server_status.start()  # without the key rather than not at all
            raise  # reported by the task runner
        if self._shut_down or self.profiles.active.id != profile.id:
            client.close()  # closing, or the user chose another server meanwhile
            return
        old, self.context.ollama = self.context.ollama, client
        self.server_status.replace(
            lambda on_status: ServerMonitor(profile.url, client.version, on_status)
        )  # and starts them
        old.close()
        for lazy in (self.lazy_models, self.lazy_generate):
            lazy.refresh_models()  # a tab opened meanwhile loads again, with the key

    def build_all_tabs(self) -> None:
        """Build every tab not built yet, now (the self-check)."""
        for lazy in (self.lazy_models, self.lazy_generate):
            lazy.widget()

    def build_remaining_tabs(self) -> None:
        """Build the tabs not built yet, one per turn of the event loop, so the window stays
        responsive in between. Runs after the first paint; a no-op once all are built."""
        if self._shut_down:
            return
        for lazy in (self.lazy_models, self.lazy_generate):
            if lazy.built is None:
                lazy.widget()
                QTimer.singleShot(0, self, self.build_remaining_tabs)
                return

    # --- building ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        preferences = QAction(self.tr("&Settings…"), self)
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_settings)
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About Paddock"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_shortcuts(self) -> None:
        for number in range(3):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda index=number: self.tabs.setCurrentIndex(index))
        new_chat = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_chat.activated.connect(self.new_chat)
        search = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        search.activated.connect(self.search_chats)

    def new_chat(self) -> None:
        """Ctrl+N, from anywhere: a new chat in the Chat tab."""
        self.tabs.setCurrentWidget(self.chat_tab)
        self.chat_tab.new_chat()

    def search_chats(self) -> None:
        """Ctrl+F: filter the model list on the Models tab, search all chats anywhere else."""
        if self.lazy_models.is_current():
            self.models_tab.focus_search()
            return
        self.tabs.setCurrentWidget(self.chat_tab)
        self.chat_tab.focus_search()

    # --- servers ----------------------------------------------------------------------------

    def _fill_server_switcher(self, selected: str | None = None) -> None:
        entries = []
        # An address given on the command line that a saved server has: listed once, as that.
        twin = self.profiles.saved_with_address(self.command_line_url) if (
            self.profiles is not None and self.command_line_url) else None  # fmt: skip
        if self.command_line_url and twin is None:
            entries.append(PickerEntry(COMMAND_LINE, address_name(self.command_line_url),
                                       self.command_line_url))  # fmt: skip
        if self.profiles is not None:
            entries += [PickerEntry(p.id, display_name(p), p.url) for p in self.profiles.all()]
        wanted = selected or (
            COMMAND_LINE if self.command_line_url
            else self.profiles.active.id if self.profiles else ""
        )  # fmt: skip
        if wanted == COMMAND_LINE and twin is not None:
            wanted = twin.id
        self.server_picker.fill(entries, wanted, can_add=self.profiles is not None)

    @property
    def _current_server(self) -> str:
        return self.server_picker.current

    def add_server(self) -> ServerDialog:
        """The form for a new server; Save adds it and switches to it."""
        return self.server_editing.add()

    def edit_server(self, profile_id: str = "") -> asyncio.Task[ServerDialog | None]:
        """The saved server (the active one by default) in the form; Save keeps its entry."""
        return self.server_editing.edit(profile_id)

    def remove_server(self, profile_id: str = "") -> QMessageBox | None:
        """Ask first; then forget the server and its key."""
        return self.server_editing.remove(profile_id)

    def switch_server(self, profile_id: str) -> asyncio.Task[None]:
        """Talk to another server: new client and health checks; tabs reload; chats stay.

        The server is chosen at once; its client follows once its key is read off this thread.
        """
        assert self.profiles is not None
        profile = self.profiles.activate(profile_id)
        self.command_line_url = None
        self._key_to_read = None  # chosen before the first paint: this connects instead
        self._fill_server_switcher(profile.id)
        return self.context.tasks.run(self._connect(profile), name="switch-server")

    async def _connect(self, profile: ServerProfile) -> None:
        from desktop.ollama.aio import AsyncOllamaClient

        assert self.profiles is not None
        client = AsyncOllamaClient(await self.profiles.open_client(profile))
        old = self.context.ollama
        self.context.ollama = client
        self.server_status.replace(
            lambda on_status: ServerMonitor(profile.url, client.version, on_status)
        )
        old.close()
        for tab in self.main_tabs:
            tab.refresh_models()

    def _make_chat_tab(self) -> ChatTab:
        from desktop.ui.chat.tab import ChatTab

        self.context.build_chat_services()
        return ChatTab(
            self.context,
            send_with_ctrl_enter=bool(self.settings.get(options.SEND_WITH_CTRL_ENTER)),
            default_model=str(self.settings.get(options.DEFAULT_MODEL)),
            new_chat_defaults=self._new_chat_defaults,
        )

    def _wire_chat_tab(self, tab: ChatTab) -> None:
        """The tabs ask each other for things through the window, never directly.

        A download or delete needs no wiring: every tab shows the one installed-models source,
        which tells all of them when the Models tab refreshes it.
        """
        tab.download_requested.connect(self._download)
        tab.open_models_requested.connect(lambda: self.tabs.setCurrentIndex(1))
        tab.generation_finished.connect(self._refresh_running)
        tab.reply_finished.connect(self._reply_finished)
        self._restore_splitters(tab)
        self._keep_status_bar_last_in_tab_order()
        if self.lazy_chat.is_current():
            tab.composer.input.setFocus()

    def _make_models_tab(self) -> ModelsTab:
        from desktop.ui.models.tab import ModelsTab

        tab = ModelsTab(self.context)  # it restores the saved download queue
        downloads = self.context.downloads
        if downloads is not None and downloads.restore_problem:  # set aside: say so, go on
            self.show_problem(downloads.restore_problem)
        return tab

    def _make_generate_tab(self) -> GenerateTab:
        from desktop.ui.generate.tab import GenerateTab

        return GenerateTab(self.context)

    def _wire_models_tab(self, tab: ModelsTab) -> None:
        tab.notify = self.notifier.notify  # type: ignore[method-assign]
        tab.chat_requested.connect(self._chat_with)
        self._restore_splitters(tab)
        self._keep_status_bar_last_in_tab_order()

    def _wire_generate_tab(self, tab: GenerateTab) -> None:
        tab.download_requested.connect(self._download)
        tab.generation_finished.connect(self._refresh_running)
        self._restore_splitters(tab)
        self._keep_status_bar_last_in_tab_order()

    def _keep_status_bar_last_in_tab_order(self) -> None:
        """A tab built after the window joins the end of the Tab order, behind the status
        bar: the status bar's widgets move back to the end, so Tab goes from the tab's
        contents to the server switcher as it reads."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and len(chain) < 10_000:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        chain = [widget for widget in chain if widget.focusPolicy() != Qt.FocusPolicy.NoFocus]
        bar = self.statusBar()  # (Qt reorders only widgets that take focus)
        others = [widget for widget in chain if not bar.isAncestorOf(widget)]
        if not others:
            return
        last = others[-1]
        for widget in chain:
            if bar.isAncestorOf(widget):
                QWidget.setTabOrder(last, widget)
                last = widget

    def _refresh_running(self) -> None:
        """After a chat or generate: the Models tab's list of models in memory, if it exists
        (built later, it reads the list fresh)."""
        if self.lazy_models.built is not None:
            self.lazy_models.built.refresh_running()

    # --- new chats ------------------------------------------------------------------------

    def _new_chat_defaults(self) -> NewChatDefaults:
        return parse_defaults(
            str(self.settings.get(options.NEW_CHAT_DEFAULTS)),
            str(self.settings.get(options.DEFAULT_KEEP_ALIVE)),
        )

    def edit_new_chat_defaults(self) -> ChatOptionsDialog:
        """The chat settings dialog, for what every new chat starts with."""
        current = self._new_chat_defaults()
        template = Conversation(
            id=0,
            system_prompt=current.system_prompt,
            options=current.options,
            think=current.think,
            keep_alive=current.keep_alive,
        )
        parent = self.settings_dialog or self
        from desktop.ui.chat.options_dialog import ChatOptionsDialog

        technical = self.settings.get(options.TECHNICAL_DETAILS)
        dialog = ChatOptionsDialog(template, {}, can_think=True, technical=technical, parent=parent)
        dialog.setWindowTitle(self.tr("Settings for new chats"))
        dialog.applied.connect(self._save_new_chat_defaults)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_new_chat_defaults(self, chosen: ChatSettings) -> None:
        defaults = NewChatDefaults(
            system_prompt=chosen.system_prompt,
            options=chosen.options,
            think=chosen.think,
            keep_alive=chosen.keep_alive,
        )
        self.settings.set(options.NEW_CHAT_DEFAULTS, defaults.to_json())

    # --- first run ------------------------------------------------------------------------

    def start_onboarding(self) -> OnboardingDialog:
        """The first-run guide (``app.run_window`` shows it until it is done or skipped)."""
        if self.onboarding is not None:
            self.onboarding.show()
            return self.onboarding
        from desktop.services.models.catalog import load_catalog
        from desktop.services.onboarding import suggest_first_model
        from desktop.ui.onboarding import OnboardingDialog

        dialog = OnboardingDialog(suggest_first_model(load_catalog()), self)
        self.onboarding = dialog
        dialog.start_requested.connect(self.start_ollama)
        dialog.retry_requested.connect(self.server_status.retry)
        dialog.server_requested.connect(self.add_server)
        dialog.download_requested.connect(self._download)
        dialog.models_tab_requested.connect(lambda: self.tabs.setCurrentWidget(self.models_tab))
        dialog.chat_requested.connect(self._chat_with)
        dialog.done_with.connect(lambda: self.settings.set(options.FIRST_RUN_DONE, True))
        self.server_status.status_changed.connect(self._onboarding_status)
        self.installed_models.changed.connect(self._onboarding_models)
        required(self.context.downloads, "downloads").subscribe(self._onboarding_download)
        self._onboarding_status(self.server_status.status)
        if self.installed_models.loaded:
            self._onboarding_models(self.installed_models.models)
        dialog.show()
        return dialog

    def _onboarding_status(self, status: ServerStatus) -> None:
        if self.onboarding is None:
            return
        if status.connected and self.onboarding.installed is None:
            task = self.installed_models.refresh_soon()  # the guide needs the list, even empty
            task.add_done_callback(
                lambda done: (
                    None
                    if done.cancelled() or done.exception() is not None
                    else self._onboarding_models(self.installed_models.models)
                )
            )
        self.onboarding.show_server(
            connected=status.connected,
            url=status.url,
            problem=status.message,
            can_start=self._can_start(status),
        )

    def _onboarding_models(self, models: list) -> None:  # type: ignore[type-arg]
        if self.onboarding is not None:
            self.onboarding.show_installed([model.name for model in models])

    def _onboarding_download(self, item, change) -> None:  # type: ignore[no-untyped-def]
        dialog = self.onboarding
        if dialog is None or item.name != dialog.downloading:
            return
        if item.state is DownloadState.FAILED:
            dialog.download_failed(item.error or self.tr("The download failed."))
        elif change is DownloadChange.FINISHED:
            self.installed_models.refresh_soon()

    def _reply_finished(self, title: str, text: str) -> None:
        if not self.isActiveWindow():
            words = " ".join(text.split())
            self.notifier.notify(
                self.tr("Reply finished: {title}").format(title=title or self.tr("New chat")),
                words[:100] + ("…" if len(words) > 100 else ""),
            )

    def _chat_with(self, model: str) -> None:
        self.tabs.setCurrentWidget(self.chat_tab)
        self.chat_tab.start_chat(model)

    def _download(self, model: str) -> None:
        self.tabs.setCurrentWidget(self.models_tab)
        self.models_tab.queue_download(model)

    def about_text(self) -> str:
        status = self.server_status.status
        server = (
            self.tr("Ollama {version} at {url}").format(version=status.version, url=status.url)
            if status.state == "connected"
            else self.tr("not connected ({url})").format(url=status.url)
        )
        return self.tr(
            "Paddock {paddock}\nA calm desktop app for your local Ollama models.\n\n"
            "Qt {qt} · PySide6 {pyside} · Python {python}\nServer: {server}"
        ).format(
            paddock=__version__,
            qt=qVersion(),
            pyside=pyside_version,
            python=platform.python_version(),
            server=server,
        )

    def show_settings(self) -> SettingsDialog:
        if self.settings_dialog is None:
            from desktop.ui.settings.dialog import SettingsDialog

            self.settings_dialog = SettingsDialog(self.settings, self.context.data_dir, self)
            dialog = self.settings_dialog
            dialog.backup_requested.connect(
                lambda path: self._show_chats_work(
                    dialog, self.tr("Backing up all chats…"), self.chat_tab.backup_chats(path)
                )
            )
            dialog.restore_requested.connect(
                lambda path: self._show_chats_work(
                    dialog, self.tr("Restoring your chats…"), self.chat_tab.restore_chats(path)
                )
            )
            dialog.new_chat_defaults_requested.connect(self.edit_new_chat_defaults)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        return self.settings_dialog

    def _show_chats_work(self, dialog: SettingsDialog, busy: str, work: asyncio.Task[str]) -> None:
        """A backup or restore runs in the background: the dialog says so, then how it went."""
        dialog.show_backup_busy(busy)

        def finished(done: asyncio.Task[str]) -> None:
            if done.cancelled():
                dialog.show_backup_result("")
            elif done.exception() is not None:  # reported with its details by the task runner
                dialog.show_backup_result(plain_message(done.exception()))  # type: ignore[arg-type]
            else:
                dialog.show_backup_result(done.result())

        work.add_done_callback(finished)

    def show_shortcuts(self) -> ShortcutsDialog:
        from desktop.ui.common.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.show()
        return dialog

    def _on_setting_changed(self, option: options.Option, value: object) -> None:
        if option is options.THEME:
            apply_theme(str(value))
        elif option is options.FONT_SIZE:
            apply_font_size(int(value))  # type: ignore[call-overload]
        elif option is options.SEND_WITH_CTRL_ENTER and self.lazy_chat.built is not None:
            self.lazy_chat.built.set_send_with_ctrl_enter(bool(value))
        elif option is options.DEFAULT_MODEL and self.lazy_chat.built is not None:
            self.lazy_chat.built.default_model = str(value)

    def _fit_to_screen(self) -> None:
        """The first start's size and place: most of the screen, centred (a saved geometry
        replaces it in ``_restore_geometry``)."""
        available = self.screen().availableGeometry()
        width, height = first_window_size(available.width(), available.height())
        self.setMinimumSize(self.minimumSize().boundedTo(QSize(width, height)))
        self.resize(width, height)
        self.move(
            available.x() + (available.width() - width) // 2,
            available.y() + (available.height() - height) // 2,
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(options.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self.settings.get(options.WINDOW_STATE)
        if state:
            self.restoreState(state)
        self._restore_splitters(self)

    def _restore_splitters(self, root: QWidget) -> None:
        """Splitter positions as the user left them (a tab built later restores its own)."""
        for splitter in self._named_splitters(root):
            saved = self.settings.get(options.splitter_option(splitter.objectName()))
            if saved:
                splitter.restoreState(saved)

    def _named_splitters(self, root: QWidget | None = None) -> list[QSplitter]:
        """Named splitters of the built tabs (a tab not built keeps its saved positions)."""
        widgets = (root or self).findChildren(QSplitter)
        return [splitter for splitter in widgets if splitter.objectName()]

    def show_about(self) -> QMessageBox:
        """Versions of Paddock, Qt, Python and the server (window-modal, doesn't block)."""
        if self.about_box is None:
            self.about_box = plain_box(QMessageBox(self))
            self.about_box.setObjectName("aboutDialog")
            self.about_box.setAccessibleName(self.tr("About Paddock"))
            self.about_box.setWindowTitle(self.tr("About Paddock"))
            self.about_box.setIconPixmap(self.windowIcon().pixmap(64, 64))
            self.about_box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.about_box.setText(self.about_text())
        self.about_box.open()
        return self.about_box

    # --- events -----------------------------------------------------------------------------

    def _on_status(self, status: ServerStatus) -> None:
        self.status_widget.show_status(status)
        self.status_widget.set_can_start(self._can_start(status))

    def _can_start(self, status: ServerStatus) -> bool:
        """Offer "Start Ollama": local, refused, installed here, and not started already."""
        return (
            status.state == "unreachable"
            and getattr(status.error, "reason", "") == "refused"
            and is_local_url(status.url)
            and not self.ollama_process.running
            and find_ollama() is not None
        )

    def start_ollama(self) -> None:
        """Run ``ollama serve`` for the user, show its log, and look for it until it answers."""
        executable = find_ollama()
        if executable is None:
            self.show_problem(self.tr("Ollama isn't installed on this computer."))
            return
        if self.log_dialog is None:
            from desktop.ui.common.log_dialog import OllamaLogDialog

            self.log_dialog = OllamaLogDialog(self)
        self.log_dialog.show()
        self.status_widget.set_can_start(False)
        self.context.tasks.run(self._start_and_wait(executable), name="start-ollama")

    async def _start_and_wait(self, executable) -> None:
        await self.ollama_process.start(executable, self.server_status.status.url)
        for _ in range(60):
            if self.server_status.status.state == "connected":
                return
            self.server_status.retry()
            await asyncio.sleep(0.5)

    def _on_ollama_line(self, line: str) -> None:
        if self.log_dialog is not None:
            self.log_dialog.add_line(line)

    def shutdown(self) -> None:
        """Stop checks, downloads and every background task; close the client. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self.server_status.stop()
        for tab in self.main_tabs:  # Models: closes downloads, saves the queue
            tab.shutdown()
        self.context.tasks.cancel_all()
        self.ollama_process.terminate()  # only ever the one Paddock started
        self.context.ollama.close()
        chat = self.lazy_chat.built
        self.context.close(after=chat.unfinished_replies if chat is not None else [])
        if self.error_routing is not None:
            self.error_routing.uninstall()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_geometry and not self._shut_down:
            self.settings.set(options.WINDOW_GEOMETRY, self.saveGeometry())
            self.settings.set(options.WINDOW_STATE, self.saveState())
            for splitter in self._named_splitters():
                name = splitter.objectName()
                self.settings.set(options.splitter_option(name), splitter.saveState())
        self.shutdown()
        super().closeEvent(event)
        self.closed.emit()
