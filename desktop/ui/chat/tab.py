"""The Chat tab: the sidebar of chats, the open conversation, and the composer.

The tab only wires things together. Sending, streaming, saving, versions and titles are the
session's (:mod:`desktop.services.chat`); storage is :class:`~desktop.storage.ChatStore`; the
widgets show and ask. One :class:`SessionAdapter` exists per chat that is open or still writing
a reply, so switching chats never stops a reply.

Each job lives in a part the tab owns, so this module stays the wiring: ``layout`` places the
widgets, ``sessions`` (:class:`ChatSessions`) keeps the adapters and shows their events,
``conversations`` the list, opening, new chats, rename, pin, delete and search, ``files``
export, import, backup and restore, ``message_actions`` a message's buttons, and
``model_settings`` the chat's model and settings. The tab keeps the public methods the window,
the sidebar and tests call, as thin delegates, and the state the parts share.

The tab's own reads and writes of the store run on the operation runner
(``context.operations``) and are shown when their results arrive; the list re-reads itself on
the ``CONVERSATIONS`` change topic. Model and settings changes are shown at once and written
on the same thread, before any later send reads them. Images are read for the widgets that
draw them (see ``_image_data``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop import settings as options
from desktop.ollama.types import ModelInfo
from desktop.services.chat.model_facts import ModelFactsCache
from desktop.services.chat.new_chat import NewChatDefaults
from desktop.services.context import AppContext, required
from desktop.services.server_monitor import UNREACHABLE, ServerStatus
from desktop.services.topics import CONVERSATIONS
from desktop.storage import ChatStore, Conversation, SearchHit
from desktop.ui.chat.chat_documents import ChatDocuments
from desktop.ui.chat.chat_files import ChatFiles
from desktop.ui.chat.composer import Composer
from desktop.ui.chat.conversations import ChatConversations
from desktop.ui.chat.layout import build_chat_layout
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.live_reply import LiveReplyPump
from desktop.ui.chat.memory_control import ChatMemoryControl
from desktop.ui.chat.message_actions import MessageActions
from desktop.ui.chat.message_widget import MessageContext
from desktop.ui.chat.model_picker import ModelPicker
from desktop.ui.chat.model_settings import ChatModelSettings
from desktop.ui.chat.session_adapter import SessionAdapter
from desktop.ui.chat.sessions import ChatSessions
from desktop.ui.chat.sidebar import ConversationSidebar
from desktop.ui.chat.style import ChatStyle
from desktop.ui.chat.transcript import TranscriptView
from desktop.ui.common.plain import plain_line

if TYPE_CHECKING:  # the chat settings dialog is imported when first opened
    from desktop.ui.chat.options_dialog import ChatOptionsDialog, ChatSettings

DRAFT_SAVE_MS = 600
NOTICE_MS = 8000


class ChatTab(QWidget):
    """Chats: pick one (or start one), talk, stop, edit, regenerate, search, export."""

    download_requested = Signal(str)  # a model to queue in the Models tab
    open_models_requested = Signal()
    generation_finished = Signal()  # a reply ended: the loaded models may have changed
    reply_finished = Signal(str, str)  # chat title, first words of the reply (notifications)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        send_with_ctrl_enter: bool = False,
        default_model: str = "",
        new_chat_defaults: Callable[[], NewChatDefaults] = NewChatDefaults,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatTab")
        self.context = context
        self.default_model = default_model
        self.new_chat_defaults = new_chat_defaults  # read at each new chat: Settings may change
        self.store: ChatStore | None = context.chat_store
        self.store_problem = context.chat_store_problem
        self.installed_models = required(context.installed_models, "installed models")
        self.unfinished_replies: list[asyncio.Task[Any]] = []  # still ending after shutdown
        self.facts = ModelFactsCache(lambda: self.context.ollama)
        self.installed: list[str] = []
        self.conversation: Conversation | None = None
        self.adapters: dict[int, SessionAdapter] = {}
        self.sessions = ChatSessions(self, context)
        self.conversations = ChatConversations(self, context)
        self.files = ChatFiles(self, context)
        self.message_actions = MessageActions(self, context)
        self.model_settings = ChatModelSettings(self, context)
        self.memory = ChatMemoryControl(self, context)
        self.open_generation = 0  # a newer open supersedes a thread still loading
        self._unsubscribe: Callable[[], None] = lambda: None
        self.server_version: str | None = None  # features are gated on it
        self.is_shut_down = False

        self.style_ = ChatStyle.current()
        self.guard = LinkGuard(self)
        self.message_context = MessageContext(self.style_, self.guard, self._image_data)
        if context.settings is not None:
            self.message_context.technical = context.settings.get(options.TECHNICAL_DETAILS)
            self.memory.set_technical(self.message_context.technical)
            context.settings.on_change(self._setting_changed)

        self.sidebar = ConversationSidebar()
        self.transcript = TranscriptView(self.message_context)
        self.pump = LiveReplyPump(self.transcript, self)
        self.composer = Composer()
        self.composer.set_send_with_ctrl_enter(send_with_ctrl_enter)
        self.model_picker = ModelPicker()
        self._build_layout()
        self._connect()
        self.documents = ChatDocuments(self, context)

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_SAVE_MS)
        self.draft_timer.timeout.connect(self._save_draft)
        self.composer.input.textChanged.connect(self.draft_timer.start)
        self.composer.input.textChanged.connect(self.memory.draft_changed)
        self.composer.images.changed.connect(self.memory.draft_changed)
        self.generation_finished.connect(self.memory.refresh)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)

        if self.store is None:
            self._show_storage_problem()
            return
        self._unsubscribe = self.context.operations.subscribe(
            CONVERSATIONS, lambda _payload: self.refresh_conversations()
        )
        # Start-up, before the window shows: the first chat is read in one wait.
        conversations, thread = self.context.operations.wait(
            self.conversations.first_chat, self.store
        )
        self.conversations.show_list(conversations)
        self.conversations.show_thread(thread)
        self.composer.input.setFocus()
        self.installed_models.changed.connect(self.set_installed_models)
        if self.installed_models.loaded:
            self.set_installed_models(self.installed_models.models)
        self.server_status = context.server_status
        if self.server_status is not None:
            self.server_status.status_changed.connect(self.show_server_status)
            self.show_server_status(self.server_status.status)

    # --- layout -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        parts = build_chat_layout(
            self,
            sidebar=self.sidebar,
            transcript=self.transcript,
            composer=self.composer,
            model_picker=self.model_picker,
            error_colour=self.style_.error_text,
            memory_meter=self.memory.meter,
            memory_link=self.memory.link,
            memory_warning=self.memory.warning,
        )
        self.memory.meter.warn_colour = self.style_.error_text
        self.memory.meter.note_colour = self.style_.note_text
        self.title_label = parts.title_label
        self.options_button = parts.options_button
        self.menu_button = parts.menu_button
        self.menu_button.setMenu(QMenu(self.menu_button))
        self.menu_button.menu().aboutToShow.connect(self._fill_chat_menu)
        self.no_models = parts.no_models
        self.no_models_label = parts.no_models_label
        self.open_models_button = parts.open_models_button
        self.notice = parts.notice
        self.storage_label = parts.storage_label
        self.splitter = parts.splitter

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)

    def _connect(self) -> None:
        sidebar = self.sidebar
        sidebar.new_chat_requested.connect(self.new_chat)
        sidebar.conversation_chosen.connect(self.open_conversation)
        sidebar.rename_requested.connect(self.rename_conversation)
        sidebar.pin_requested.connect(self.pin_conversation)
        sidebar.delete_requested.connect(self.confirm_delete_conversation)
        sidebar.export_requested.connect(self.export_conversation)
        sidebar.import_requested.connect(self.choose_import)
        sidebar.search_changed.connect(self.search)
        sidebar.hit_chosen.connect(self.open_hit)
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.composer.problem.connect(self.show_notice)
        self.model_picker.currentIndexChanged.connect(self.model_settings.model_chosen)
        self.model_picker.currentIndexChanged.connect(self.update_welcome)
        self.transcript.welcome.prompt_chosen.connect(self.send_example)
        self.options_button.clicked.connect(self.open_options)
        self.open_models_button.clicked.connect(self.open_models_requested)
        self.transcript.action_requested.connect(self.message_action)

    # --- public (the window's menus and shortcuts) --------------------------------------------

    def new_chat(self, model: str = "") -> asyncio.Task[None] | None:
        """Ctrl+N: a new, empty chat with ``model`` (or the current chat's model); see
        :meth:`ChatConversations.new_chat`."""
        return self.conversations.new_chat(model)

    def start_chat(self, model: str) -> None:
        """The Models tab's "Chat with this model" and the guide's "Start chatting": an
        empty chat on screen is used for it."""
        self.conversations.new_chat(model, reuse_empty=True)

    def focus_search(self) -> None:
        self.sidebar.focus_search()

    def stop(self) -> None:
        adapter = self.sessions.current()
        if adapter is not None:
            adapter.stop()

    def set_send_with_ctrl_enter(self, enabled: bool) -> None:
        self.composer.set_send_with_ctrl_enter(enabled)

    def shutdown(self) -> None:
        """Save the draft and position; stop every reply (each is saved as interrupted)."""
        if self.is_shut_down:
            return
        self.remember_view(wait=True)  # saved before the store closes
        self.is_shut_down = True
        self.memory.shutdown()
        self._unsubscribe()
        # Their cancellation still reads the store: the owner closes it after them.
        self.unfinished_replies = self.sessions.stop_every_reply()

    def refresh_models(self) -> None:
        """Another server: its models and version are asked again (the pickers follow the
        installed-models source by themselves)."""
        self.model_settings.forget_server()
        self.memory.forget_server()
        if self.conversation is not None:
            self.apply_model_facts(self.conversation.model)

    # --- conversations (the window, the sidebar and tests call these) -----------------------

    def refresh_conversations(self) -> asyncio.Task[list[Conversation]] | None:
        return self.conversations.refresh()

    def open_conversation(
        self, conversation_id: int, *, focus_message: int | None = None
    ) -> asyncio.Task[bool] | None:
        return self.conversations.open(conversation_id, focus_message=focus_message)

    def rename_conversation(
        self, conversation_id: int, title: str
    ) -> asyncio.Task[Conversation | None] | None:
        return self.conversations.rename(conversation_id, title)

    def pin_conversation(self, conversation_id: int, pinned: bool) -> asyncio.Task[None] | None:
        return self.conversations.pin(conversation_id, pinned)

    def confirm_delete_conversation(self, conversation_id: int) -> QMessageBox | None:
        return self.conversations.confirm_delete(conversation_id)

    def delete_conversation(self, conversation_id: int) -> asyncio.Task[None] | None:
        return self.conversations.delete(conversation_id)

    def search(self, text: str) -> asyncio.Task[list[SearchHit]] | None:
        return self.conversations.search(text)

    def open_hit(self, hit: SearchHit) -> asyncio.Task[bool] | None:
        return self.conversations.open_hit(hit)

    # --- files (the sidebar, the Settings dialog and tests call these) -----------------------

    def export_conversation(self, conversation_id: int, kind: str) -> QFileDialog | None:
        return self.files.export_conversation(conversation_id, kind)

    def write_export(self, conversation_id: int, kind: str, path: Path) -> asyncio.Task[bool]:
        return self.files.write_export(conversation_id, kind, path)

    def choose_import(self) -> QFileDialog:
        return self.files.choose_import()

    def import_file(self, path: Path) -> asyncio.Task[int | None]:
        return self.files.import_file(path)

    def backup_chats(self, path: Path) -> asyncio.Task[str]:
        return self.files.backup_chats(path)

    def restore_chats(self, path: Path) -> asyncio.Task[str]:
        return self.files.restore_chats(path)

    # --- models and settings (see ChatModelSettings) -----------------------------------------

    def set_installed_models(self, models: list[ModelInfo]) -> None:
        self.model_settings.set_installed_models(models)

    def fallback_model(self) -> str:
        return self.model_settings.fallback_model()

    def apply_model_facts(self, name: str) -> asyncio.Task[None] | None:
        return self.model_settings.apply_model_facts(name)

    def open_options(self) -> ChatOptionsDialog | None:
        return self.model_settings.open_options()

    def apply_settings(self, conversation_id: int, chosen: ChatSettings) -> None:
        self.model_settings.apply_settings(conversation_id, chosen)
        self.memory.refresh()  # read after the settings are written (same storage thread)

    def _setting_changed(self, option: object, value: object) -> None:
        if option is options.TECHNICAL_DETAILS and not self.is_shut_down:
            self.message_context.technical = bool(value)
            self.memory.set_technical(bool(value))
            self.transcript.restyle()  # every message is drawn again with the other figures

    def _fill_chat_menu(self) -> None:
        """The header's ⋯ menu: what the sidebar's menu offers, for the chat on screen."""
        menu = self.menu_button.menu()
        menu.clear()
        conversation = self.conversation
        if conversation is not None:
            chat_id = conversation.id
            menu.addAction(self.tr("Rename…"), lambda: self.sidebar.rename(chat_id))
            menu.addAction(
                self.tr("Export as Markdown…"),
                lambda: self.export_conversation(chat_id, "markdown"),
            )
            menu.addAction(
                self.tr("Export as JSON…"), lambda: self.export_conversation(chat_id, "json")
            )
        menu.addAction(self.tr("Import a chat…"), self.choose_import)
        if conversation is not None:
            menu.addSeparator()
            chat_id = conversation.id
            menu.addAction(
                self.tr("Delete this chat…"), lambda: self.confirm_delete_conversation(chat_id)
            )

    # --- sending ------------------------------------------------------------------------------

    def send_example(self, text: str) -> None:
        """An example question of the empty chat's welcome: sent as if typed."""
        self.composer.set_text(text)
        self.composer.send()

    def update_welcome(self) -> None:
        """The empty chat names the model that will answer and what it is good for."""
        name = self.model_picker.current_model()
        self.transcript.welcome.set_model(name, self.model_picker.capabilities.get(name, []))

    def send(self, text: str, images: list[Any]) -> asyncio.Task[Any] | None:
        if self.conversation is None:
            self.new_chat()
        if self.conversation is None:
            return None
        if not self.conversation.model:
            self.show_notice(self._no_model_reason())
            return None
        adapter = self.sessions.adapter(self.conversation.id)
        if adapter.busy:
            return None
        self.memory.prepare_send(adapter.session)
        editing = self.composer.editing_id
        if editing is not None:
            task = adapter.edit_and_resend(editing, text, images)
        else:
            task = adapter.send(text, images)
        self.composer.sent()
        self.draft_timer.stop()
        self.notice.hide()
        return task

    def _no_model_reason(self) -> str:
        """Why a chat without a model can't send: only a server that answered can say that
        nothing is installed."""
        if self.installed:
            return self.tr("Choose a model for this chat first.")
        status = self.server_status.status if self.server_status is not None else None
        if status is not None and status.state == UNREACHABLE:
            return self.tr(
                "Ollama can't be reached, so Paddock can't tell which models are installed. "
                "Start Ollama or choose another server; your message is kept."
            )
        if not self.installed_models.loaded:
            return self.tr(
                "Paddock is still asking Ollama which models are installed. Try again in a "
                "moment; your message is kept."
            )
        return self.tr("No models are installed yet. Download one in the Models tab.")

    def show_server_status(self, status: ServerStatus) -> None:
        """No server answers: Send is disabled and says why (the message is kept)."""
        self.composer.set_unavailable(
            self.tr("{problem} Your message is kept; send it once Ollama answers.").format(
                problem=status.message
                or self.tr("Ollama can't be reached at {url}.").format(url=status.url)
            )
            if status.state == UNREACHABLE
            else ""
        )

    def message_action(self, action: str, message_id: int) -> None:
        """A message's button; see :class:`MessageActions`."""
        self.message_actions.act(action, message_id)

    def confirm_delete_message(self, message_id: int) -> asyncio.Task[QMessageBox | None] | None:
        return self.message_actions.confirm_delete(message_id)

    # --- notices ------------------------------------------------------------------------------

    def show_notice(self, text: str, *, problem: bool = True) -> None:
        colour = self.style_.error_text if problem else self.style_.note_text
        self.notice.setStyleSheet(f"color: {colour};")
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start(NOTICE_MS)

    # --- the chat shown ----------------------------------------------------------------------

    def is_current(self, conversation_id: int) -> bool:
        return self.conversation is not None and self.conversation.id == conversation_id

    # --- small things -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changes and not self.is_shut_down:
            restyled = ChatStyle.current()
            if restyled.dark != self.style_.dark:
                self.style_ = restyled
                self.message_context.style = restyled
                self.notice.setStyleSheet(f"color: {restyled.error_text};")
                self.transcript.restyle()

    def _escape(self) -> None:
        if self.composer.editing_id is not None:
            self.composer.cancel_edit()
        else:
            self.stop()

    def show_title(self) -> None:
        title = self.conversation.title if self.conversation is not None else ""
        self.title_label.set_full_text(plain_line(title) or self.tr("New chat"))

    def _save_draft(self) -> None:
        editing = self.composer.editing_id is not None
        store = self.store
        if store is None or self.is_shut_down:
            return
        if self.conversation is not None and not editing:
            conversation_id, text = self.conversation.id, self.composer.text
            self.context.operations.run(
                lambda: store.conversations.save_draft(conversation_id, text)
            )

    def remember_view(self, *, wait: bool = False) -> None:
        """Save the draft and where the view is; queued on the runner, or waited for at
        shutdown (the store closes next)."""
        store = self.store
        if store is None or self.conversation is None or self.is_shut_down:
            return
        self.draft_timer.stop()
        conversation_id = self.conversation.id
        position = self.transcript.position()
        draft = None if self.composer.editing_id is not None else self.composer.text

        def save() -> None:
            if draft is not None:
                store.conversations.save_draft(conversation_id, draft)
            store.conversations.save_scroll_position(conversation_id, position)

        if wait:
            self.context.operations.wait(save)
        else:
            self.context.operations.run(save)

    def _image_data(self, attachment_id: int, deliver: Callable[[bytes], None]) -> None:
        """A stored image's bytes, read on the storage thread, for a thumbnail being shown."""
        store = self.store
        if store is not None:
            self.context.operations.run(
                lambda: store.attachments.data(attachment_id), on_success=deliver
            )

    def _show_storage_problem(self) -> None:
        self.storage_label.setText(
            self.tr("Your chats couldn't be opened: {reason}").format(reason=self.store_problem)
        )
        self.storage_label.show()
        for widget in (self.sidebar, self.composer, self.model_picker, self.options_button):
            widget.setEnabled(False)
