"""The Chat tab: the sidebar of chats, the open conversation, and the composer.

The tab only wires things together. Sending, streaming, saving, versions and titles are the
session's (:mod:`desktop.services.chat`); storage is :class:`~desktop.storage.ChatStore`; the
widgets show and ask. One :class:`SessionAdapter` exists per chat that is open or still writing
a reply, so switching chats never stops a reply.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ollama.errors import OllamaError
from desktop.ollama.types import ModelInfo
from desktop.services.chat.events import (
    PhaseChanged,
    ReplyEnded,
    ReplyPhase,
    ReplyStarted,
    ThreadChanged,
    TitleChanged,
)
from desktop.services.chat.model_facts import ModelFacts, ModelFactsCache
from desktop.services.chat.new_chat import NewChatDefaults
from desktop.services.context import AppContext
from desktop.services.features import needed_version, supports
from desktop.storage import ChatStore, Conversation, ImportFailed, SearchHit, StorageError
from desktop.ui.chat.composer import Composer
from desktop.ui.chat.formatting import ErrorInfo, error_kind
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.live_reply import LiveReplyPump
from desktop.ui.chat.message_widget import MessageContext
from desktop.ui.chat.model_picker import ModelPicker
from desktop.ui.chat.options_dialog import ChatOptionsDialog, ChatSettings
from desktop.ui.chat.session_adapter import SessionAdapter
from desktop.ui.chat.sidebar import ConversationSidebar
from desktop.ui.chat.style import ChatStyle
from desktop.ui.chat.transcript import TranscriptView
from desktop.ui.common.elided_label import ElidedLabel
from desktop.ui.common.plain import plain_box, plain_label, plain_line

log = logging.getLogger(__name__)

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
        store: ChatStore | None = None,
        installed_models: Any = None,
        send_with_ctrl_enter: bool = False,
        default_model: str = "",
        new_chat_defaults: Callable[[], NewChatDefaults] = NewChatDefaults,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatTab")
        self.context = context
        self.default_model = default_model
        self.new_chat_defaults = new_chat_defaults  # read at each new chat: Settings may change
        self.store: ChatStore | None = store
        self.store_problem = ""
        if self.store is None:
            try:
                self.store = ChatStore.open(context.data_dir)
            except StorageError as exc:
                log.error("chat storage could not be opened: %s", exc)
                self.store_problem = exc.message
        self._owns_store = store is None
        self.installed_models = installed_models
        self.facts = ModelFactsCache(lambda: self.context.ollama)
        self.installed: list[str] = []
        self.conversation: Conversation | None = None
        self.adapters: dict[int, SessionAdapter] = {}
        self._search_terms: list[str] = []
        self.server_version: str | None = None  # features are gated on it
        self._version_of = ""
        self._shut_down = False

        self.style_ = ChatStyle.current()
        self.guard = LinkGuard(self)
        self.message_context = MessageContext(self.style_, self.guard, self._image_data)

        self.sidebar = ConversationSidebar()
        self.transcript = TranscriptView(self.message_context)
        self.pump = LiveReplyPump(self.transcript, self)
        self.composer = Composer()
        self.composer.set_send_with_ctrl_enter(send_with_ctrl_enter)
        self.model_picker = ModelPicker()
        self._build_layout()
        self._connect()

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self.composer.input.textChanged.connect(self._draft_timer.start)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)

        if self.store is None:
            self._show_storage_problem()
            return
        self.store.conversations.prune_empty()
        self.refresh_conversations()
        conversations = self.store.conversations.list(limit=1)
        if conversations:
            self.open_conversation(conversations[0].id)
        else:
            self.new_chat()
        if installed_models is not None:
            installed_models.changed.connect(self.set_installed_models)
            if installed_models.loaded:
                self.set_installed_models(installed_models.models)

    # --- layout -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.title_label = ElidedLabel()
        self.title_label.setObjectName("chatTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setMinimumWidth(80)

        self.options_button = QToolButton()
        self.options_button.setObjectName("chatOptionsButton")
        self.options_button.setText(self.tr("Chat settings…"))
        self.options_button.setAccessibleName(self.tr("Chat settings"))
        self.options_button.setToolTip(
            self.tr("System prompt, creativity, reply length and other settings of this chat")
        )

        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 4)
        header.addWidget(self.title_label, 1)
        header.addWidget(QLabel(self.tr("Model:")))
        header.addWidget(self.model_picker)
        self.model_picker.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        header.addWidget(self.options_button)

        self.no_models = QFrame()
        self.no_models.setObjectName("chatNoModels")
        no_models_layout = QHBoxLayout(self.no_models)
        no_models_layout.setContentsMargins(12, 6, 12, 6)
        self.no_models_label = QLabel(
            self.tr("No models are installed yet. Download one to start chatting.")
        )
        self.no_models_label.setWordWrap(True)
        self.open_models_button = QPushButton(self.tr("Open Models"))
        self.open_models_button.setObjectName("chatOpenModelsButton")
        self.open_models_button.setAccessibleName(self.tr("Open the Models tab"))
        no_models_layout.addWidget(self.no_models_label, 1)
        no_models_layout.addWidget(self.open_models_button)
        self.no_models.setStyleSheet(
            "QFrame#chatNoModels { background: palette(alternate-base); border-radius: 6px; }"
        )
        self.no_models.hide()

        self.notice = QLabel()
        self.notice.setObjectName("chatNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setContentsMargins(14, 2, 14, 2)
        self.notice.setStyleSheet(f"color: {self.style_.error_text};")
        self.notice.hide()

        self.storage_label = plain_label(QLabel())
        self.storage_label.setObjectName("chatStorageProblem")
        self.storage_label.setWordWrap(True)
        self.storage_label.hide()

        conversation = QWidget()
        column = QVBoxLayout(conversation)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(header)
        column.addWidget(self.storage_label)
        column.addWidget(self.transcript, 1)
        column.addWidget(self.no_models)
        column.addWidget(self.notice)
        column.addWidget(self.composer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("chatSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(conversation)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

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
        self.model_picker.currentIndexChanged.connect(self._model_chosen)
        self.options_button.clicked.connect(self.open_options)
        self.open_models_button.clicked.connect(self.open_models_requested)
        self.transcript.action_requested.connect(self.message_action)

    # --- public (the window's menus and shortcuts) --------------------------------------------

    def new_chat(self, model: str = "") -> None:
        """Ctrl+N: a new, empty chat with ``model`` (or the current chat's model)."""
        if self.store is None:
            return
        current = self.conversation
        if current is not None and not self._has_messages(current.id) and not model:
            self.composer.input.setFocus()
            return  # already on an empty chat
        chosen = model or (current.model if current else "") or self._fallback_model()
        defaults = self.new_chat_defaults()
        conversation = self.store.conversations.create(
            model=chosen,
            system_prompt=defaults.system_prompt,
            options=defaults.options,
            think=defaults.think,
            keep_alive=defaults.keep_alive,
        )
        self.refresh_conversations()
        self.open_conversation(conversation.id)
        self.composer.input.setFocus()

    def start_chat(self, model: str) -> None:
        """The Models tab's "Chat with this model"."""
        self.new_chat(model)

    def focus_search(self) -> None:
        self.sidebar.focus_search()

    def stop(self) -> None:
        adapter = self._current_adapter()
        if adapter is not None:
            adapter.stop()

    def set_send_with_ctrl_enter(self, enabled: bool) -> None:
        self.composer.set_send_with_ctrl_enter(enabled)

    def shutdown(self) -> None:
        """Save the draft and position; stop every reply (each is saved as interrupted)."""
        if self._shut_down:
            return
        self._shut_down = True
        self._remember_view()
        pending = []
        for adapter in list(self.adapters.values()):
            live = adapter.session.live
            if live is not None:
                live.writer.interrupt()  # saved now, marked interrupted: the loop may not run again
            if adapter.task is not None and not adapter.task.done():
                pending.append(adapter.task)
            adapter.close()
        self.adapters.clear()
        self.pump.stop()
        if self.store is not None and self._owns_store:
            store = self.store
            if pending:  # their cancellation still reads the store: close it after them
                remaining = set(pending)

                def finished(task: asyncio.Task[Any]) -> None:
                    remaining.discard(task)
                    if not remaining:
                        store.close()

                for task in pending:
                    task.add_done_callback(finished)
            else:
                store.close()

    # --- conversations ------------------------------------------------------------------------

    def refresh_conversations(self) -> None:
        if self.store is None:
            return
        current = self.conversation.id if self.conversation else None
        self.sidebar.set_conversations(self.store.conversations.list(), current)

    def open_conversation(self, conversation_id: int, *, focus_message: int | None = None) -> None:
        if self.store is None:
            return
        if self.conversation is not None and self.conversation.id != conversation_id:
            self._remember_view()
            self._release(self.conversation.id)
        thread = self.store.messages.thread(conversation_id)
        if thread is None:
            self.refresh_conversations()
            return
        self.conversation = thread.conversation
        self.sidebar.select(conversation_id)
        self._show_title()
        self.model_picker.choose(self.conversation.model)
        self._apply_model_facts(self.conversation.model)
        self.composer.cancel_edit()
        self.composer.input.blockSignals(True)
        self.composer.set_text(self.conversation.draft)
        self.composer.input.blockSignals(False)
        self.pump.stop()
        position = None if focus_message else self.conversation.scroll_position
        self.transcript.set_messages(thread.messages, position=position)
        adapter = self.adapters.get(conversation_id)
        busy = adapter is not None and adapter.busy
        self.composer.set_busy(busy)
        if adapter is not None and adapter.busy and adapter.live_message_id is not None:
            self.pump.start(adapter, adapter.live_message_id)

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        if self.store is None:
            return
        self.store.conversations.rename(conversation_id, title.strip())
        self.refresh_conversations()
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.conversation = self.store.conversations.get(conversation_id)
            self._show_title()

    def pin_conversation(self, conversation_id: int, pinned: bool) -> None:
        if self.store is not None:
            self.store.conversations.set_pinned(conversation_id, pinned)
            self.refresh_conversations()

    def confirm_delete_conversation(self, conversation_id: int) -> QMessageBox | None:
        if self.store is None:
            return None
        conversation = self.store.conversations.get(conversation_id)
        if conversation is None:
            return None
        box = plain_box(QMessageBox(self))
        box.setObjectName("deleteChatDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete chat?"))
        box.setText(
            self.tr("Delete “{title}” and all its messages?").format(
                title=plain_line(conversation.title) or self.tr("New chat")
            )
        )
        box.setInformativeText(self.tr("This can't be undone."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("deleteChatConfirm")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self.delete_conversation(conversation_id) if button is delete else None
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def delete_conversation(self, conversation_id: int) -> None:
        if self.store is None:
            return
        adapter = self.adapters.pop(conversation_id, None)
        if adapter is not None:
            adapter.close()
        was_current = self.conversation is not None and self.conversation.id == conversation_id
        if was_current:
            self.pump.stop()
            self.conversation = None
        self.store.conversations.delete(conversation_id)
        self.refresh_conversations()
        if was_current:
            remaining = self.store.conversations.list(limit=1)
            if remaining:
                self.open_conversation(remaining[0].id)
            else:
                self.new_chat()

    # --- search -------------------------------------------------------------------------------

    def search(self, text: str) -> list[SearchHit]:
        if self.store is None:
            return []
        hits = self.store.search(text) if text.strip() else []
        self._search_terms = [word.strip('"*') for word in text.split() if word.strip('"*')]
        self.sidebar.set_hits(hits)
        return hits

    def open_hit(self, hit: SearchHit) -> None:
        self.open_conversation(hit.conversation_id, focus_message=hit.message_id)
        if hit.message_id is not None:
            self.transcript.scroll_to_message(hit.message_id, self._search_terms)

    # --- export / import ----------------------------------------------------------------------

    def export_conversation(self, conversation_id: int, kind: str) -> QFileDialog | None:
        if self.store is None:
            return None
        conversation = self.store.conversations.get(conversation_id)
        if conversation is None:
            return None
        suffix = "md" if kind == "markdown" else "json"
        name = _file_name(conversation.title or "chat") + "." + suffix
        dialog = QFileDialog(self, self.tr("Export chat"))
        dialog.setObjectName("chatExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(str(Path.home() / name))
        dialog.setNameFilter(
            self.tr("Markdown (*.md)") if kind == "markdown" else self.tr("Paddock chat (*.json)")
        )
        dialog.fileSelected.connect(
            lambda path: self.write_export(conversation_id, kind, Path(path))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def write_export(self, conversation_id: int, kind: str, path: Path) -> bool:
        """Write the export next to a temporary file, then move it in place (never half a file)."""
        assert self.store is not None
        if kind == "markdown":
            text = self.store.export_markdown(conversation_id)
        else:
            text = json.dumps(self.store.export_json(conversation_id), ensure_ascii=False, indent=1)
        partial = path.with_name(path.name + ".part")
        try:
            partial.write_text(text, encoding="utf-8")
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            self.show_notice(
                self.tr("The chat couldn't be saved to {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return False
        self.show_notice(self.tr("Saved to {path}").format(path=path), problem=False)
        return True

    def choose_import(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Import a chat"))
        dialog.setObjectName("chatImportDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Paddock chat (*.json)"))
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> int | None:
        if self.store is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            conversation_id = self.store.import_json(data)
        except ImportFailed as exc:
            self.show_notice(exc.message)
            return None
        except (OSError, UnicodeDecodeError, ValueError):
            self.show_notice(
                self.tr("{name} isn't a chat exported by Paddock.").format(name=path.name)
            )
            return None
        self.refresh_conversations()
        self.open_conversation(conversation_id)
        return conversation_id

    # --- backup / restore ---------------------------------------------------------------------

    def backup_chats(self, path: Path) -> str:
        """Write every chat to one file; plain words saying how it went."""
        if self.store is None:
            return self.tr("There are no chats to back up.")
        self._remember_view()
        try:
            self.store.backup_to(path)
        except (StorageError, OSError) as exc:
            reason = getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)
            return self.tr("The backup couldn't be written: {reason}").format(reason=reason)
        return self.tr("All chats were saved to {path}").format(path=path)

    def restore_chats(self, path: Path) -> str:
        """Replace every chat with a backup (checked first; nothing changes if it's bad)."""
        if self.store is None:
            return self.tr("Your chats couldn't be opened, so nothing was restored.")
        for adapter in list(self.adapters.values()):
            adapter.close()
        self.adapters.clear()
        self.pump.stop()
        try:
            self.store.restore_from(path)
        except StorageError as exc:
            return exc.message
        finally:
            self.conversation = None
            self.refresh_conversations()
            conversations = self.store.conversations.list(limit=1)
            if conversations:
                self.open_conversation(conversations[0].id)
            else:
                self.new_chat()
        return self.tr("Chats restored from {name}").format(name=path.name)

    # --- models -------------------------------------------------------------------------------

    def set_installed_models(self, models: list[ModelInfo]) -> None:
        """The installed models changed (connected, downloaded, deleted, another server)."""
        usable = [m for m in models if not m.capabilities or "completion" in m.capabilities]
        self.installed = [model.name for model in usable]
        capabilities = {model.name: list(model.capabilities) for model in usable}
        self.model_picker.set_models(self.installed, capabilities)
        if self.conversation is not None:
            if not self.conversation.model and self.installed:
                self._set_model(self._fallback_model())
            self.model_picker.choose(self.conversation.model)
        self.no_models.setVisible(not self.installed)
        self.facts.forget()
        if self.conversation is not None:
            self._apply_model_facts(self.conversation.model)

    def _fallback_model(self) -> str:
        if self.default_model and self.default_model in self.installed:
            return self.default_model
        return self.installed[0] if self.installed else ""

    def _model_chosen(self, _index: int) -> None:
        name = self.model_picker.current_model()
        if name and self.conversation is not None and name != self.conversation.model:
            self._set_model(name)

    def _set_model(self, name: str) -> None:
        if self.store is None or self.conversation is None:
            return
        self.store.conversations.update(self.conversation.id, model=name)
        self.conversation = self.store.conversations.get(self.conversation.id)
        self._apply_model_facts(name)
        self.refresh_conversations()

    def _apply_model_facts(self, name: str) -> asyncio.Task[None] | None:
        known = self.facts.known(name) if name else None
        if known is not None:
            self._show_facts(known)
            return None
        self.composer.set_vision(False)
        if not name:
            return None
        return self.context.tasks.run(self._load_facts(name), name="chat-model-facts")

    async def _load_facts(self, name: str) -> None:
        try:
            if self._version_of != self.context.ollama.base_url:
                self.server_version = await self.context.ollama.version()
                self._version_of = self.context.ollama.base_url
            facts = await self.facts.facts(name)
        except OllamaError as exc:
            log.info("no facts for %s: %s", name, exc.detail or exc.message)
            return
        self.model_picker.set_capabilities(name, list(facts.capabilities))
        if self.conversation is not None and self.conversation.model == name:
            self._show_facts(facts)

    def _show_facts(self, facts: ModelFacts) -> None:
        self.composer.set_vision(facts.can_see)

    # --- options ------------------------------------------------------------------------------

    def open_options(self) -> ChatOptionsDialog | None:
        if self.conversation is None:
            return None
        facts = self.facts.known(self.conversation.model) or ModelFacts(self.conversation.model)
        too_old = facts.can_think and not supports("thinking", self.server_version)
        dialog = ChatOptionsDialog(
            self.conversation,
            facts.defaults,
            can_think=facts.can_think and not too_old,
            think_note=self.tr(
                "Thinking needs Ollama {needed} or newer; this server runs {version}. "
                "Update Ollama to use it."
            ).format(needed=needed_version("thinking"), version=self.server_version)
            if too_old
            else "",
            model_system=facts.system,
            parent=self,
        )
        conversation_id = self.conversation.id
        dialog.applied.connect(lambda chosen: self.apply_settings(conversation_id, chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_settings(self, conversation_id: int, chosen: ChatSettings) -> None:
        if self.store is None:
            return
        self.store.conversations.update(
            conversation_id,
            system_prompt=chosen.system_prompt,
            options=chosen.options,
            think=chosen.think,
            keep_alive=chosen.keep_alive,
        )
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.conversation = self.store.conversations.get(conversation_id)

    # --- sending ------------------------------------------------------------------------------

    def send(self, text: str, images: list[Any]) -> asyncio.Task[Any] | None:
        if self.conversation is None:
            self.new_chat()
        if self.conversation is None:
            return None
        if not self.conversation.model:
            self.show_notice(
                self.tr("Choose a model for this chat first.")
                if self.installed
                else self.tr("No models are installed yet. Download one in the Models tab.")
            )
            return None
        adapter = self._adapter(self.conversation.id)
        if adapter.busy:
            return None
        editing = self.composer.editing_id
        if editing is not None:
            task = adapter.edit_and_resend(editing, text, images)
        else:
            task = adapter.send(text, images)
        self.composer.sent()
        self._draft_timer.stop()
        self.notice.hide()
        return task

    def message_action(self, action: str, message_id: int) -> None:
        if self.store is None or self.conversation is None:
            return
        message = self.store.messages.get(message_id)
        if message is None:
            return
        adapter = self._adapter(self.conversation.id)
        if action == "copy":
            QGuiApplication.clipboard().setText(message.content)
            self.show_notice(self.tr("Copied."), problem=False)
        elif action == "edit":
            self.composer.start_edit(message_id, message.content)
        elif action in ("regenerate", "retry"):
            if not adapter.busy:
                adapter.regenerate(message_id)
        elif action in ("previous", "next"):
            if not adapter.busy:
                adapter.session.step_version(message_id, -1 if action == "previous" else 1)
        elif action == "delete":
            self.confirm_delete_message(message_id)
        elif action == "download":
            self.download_requested.emit(message.model or self.conversation.model)
        elif action == "signin":
            error = self.transcript.error_for(message_id)
            if error is not None and error.signin_url:
                self.guard.request(QUrl(error.signin_url), self)  # shows the address, asks

    def confirm_delete_message(self, message_id: int) -> QMessageBox | None:
        if self.store is None or self.conversation is None:
            return None
        count = len(self.store.messages.branch_ids(message_id))
        box = QMessageBox(self)
        box.setObjectName("deleteMessageDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete message?"))
        if count > 1:
            box.setText(self.tr("Delete this message and the {n} after it?").format(n=count - 1))
        else:
            box.setText(self.tr("Delete this message?"))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("deleteMessageConfirm")
        box.addButton(QMessageBox.StandardButton.Cancel)
        adapter = self._adapter(self.conversation.id)

        def clicked(button: object) -> None:
            if button is delete and not adapter.busy:
                adapter.session.delete_message(message_id)

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    # --- notices ------------------------------------------------------------------------------

    def show_notice(self, text: str, *, problem: bool = True) -> None:
        colour = self.style_.error_text if problem else self.style_.note_text
        self.notice.setStyleSheet(f"color: {colour};")
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start(NOTICE_MS)

    # --- sessions -----------------------------------------------------------------------------

    def _adapter(self, conversation_id: int) -> SessionAdapter:
        adapter = self.adapters.get(conversation_id)
        if adapter is None:
            assert self.store is not None
            adapter = SessionAdapter(self.context, self.store, conversation_id, self)
            adapter.reply_started.connect(self._reply_started)
            adapter.phase_changed.connect(self._phase_changed)
            adapter.reply_ended.connect(self._reply_ended)
            adapter.title_changed.connect(self._title_changed)
            adapter.thread_changed.connect(self._thread_changed)
            adapter.failed.connect(self.show_notice)
            adapter.busy_changed.connect(
                lambda busy, cid=conversation_id: self._busy_changed(cid, busy)
            )
            self.adapters[conversation_id] = adapter
        return adapter

    def _current_adapter(self) -> SessionAdapter | None:
        if self.conversation is None:
            return None
        return self.adapters.get(self.conversation.id)

    def _release(self, conversation_id: int) -> None:
        """Close an idle chat's session when the view leaves it (a busy one goes on)."""
        adapter = self.adapters.get(conversation_id)
        if adapter is not None and not adapter.busy:
            adapter.close()
            del self.adapters[conversation_id]
            adapter.deleteLater()

    def _is_current(self, conversation_id: int) -> bool:
        return self.conversation is not None and self.conversation.id == conversation_id

    def _reply_started(self, event: ReplyStarted) -> None:
        self.refresh_conversations()
        if not self._is_current(event.conversation_id) or self.store is None:
            return
        shown = self.transcript.messages
        if shown and event.user_message.parent_id == shown[-1].id:
            self.transcript.append_messages([event.user_message, event.reply])  # a plain send
        else:  # a regenerated reply or an edited message: the path changed
            thread = self.store.messages.thread(event.conversation_id)
            if thread is None:
                return
            self.transcript.set_messages(thread.messages)
        adapter = self.adapters[event.conversation_id]
        self.pump.start(adapter, event.reply.id)

    def _phase_changed(self, event: PhaseChanged) -> None:
        if self._is_current(event.conversation_id) and self.pump.message_id == event.message_id:
            self.pump.set_phase(event.phase)

    def _reply_ended(self, event: ReplyEnded) -> None:
        adapter = self.adapters.get(event.conversation_id)
        error: ErrorInfo | None = None
        if event.phase is ReplyPhase.ERROR:
            failure = adapter.last_error if adapter is not None else None
            error = ErrorInfo(
                error_kind(failure, event.reply),
                event.error,
                event.reply.model,
                signin_url=getattr(failure, "signin_url", None) or "",
            )
            self.transcript.set_error(event.reply.id, error)
        if self._is_current(event.conversation_id):
            if self.pump.message_id == event.reply.id:
                self.pump.stop()
            self.transcript.update_message(event.reply, error)
        elif adapter is not None:
            adapter.take_text()  # not shown: the view reads the stored reply when it opens
            self._release(event.conversation_id)
        self.refresh_conversations()
        self.generation_finished.emit()
        if event.phase is ReplyPhase.DONE:
            conversation = (
                self.store.conversations.get(event.conversation_id) if self.store else None
            )
            title = conversation.title if conversation is not None else ""
            self.reply_finished.emit(title, event.reply.content[:120])

    def _title_changed(self, event: TitleChanged) -> None:
        self.refresh_conversations()
        if self._is_current(event.conversation_id) and self.store is not None:
            self.conversation = self.store.conversations.get(event.conversation_id)
            self._show_title()

    def _thread_changed(self, event: ThreadChanged) -> None:
        if not self._is_current(event.conversation_id) or self.store is None:
            return
        thread = self.store.messages.thread(event.conversation_id)
        if thread is not None:
            self.transcript.set_messages(thread.messages, keep=True)

    def _busy_changed(self, conversation_id: int, busy: bool) -> None:
        if self._is_current(conversation_id):
            self.composer.set_busy(busy)

    # --- small things -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changes and not self._shut_down:
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

    def _show_title(self) -> None:
        title = self.conversation.title if self.conversation is not None else ""
        self.title_label.set_full_text(plain_line(title) or self.tr("New chat"))

    def _has_messages(self, conversation_id: int) -> bool:
        assert self.store is not None
        return self.store.messages.count(conversation_id) > 0

    def _save_draft(self) -> None:
        editing = self.composer.editing_id is not None
        if self.store is not None and self.conversation is not None and not editing:
            self.store.conversations.save_draft(self.conversation.id, self.composer.text)

    def _remember_view(self) -> None:
        if self.store is None or self.conversation is None:
            return
        self._draft_timer.stop()
        self._save_draft()
        self.store.conversations.save_scroll_position(
            self.conversation.id, self.transcript.position()
        )

    def _image_data(self, attachment_id: int) -> bytes:
        return self.store.attachments.data(attachment_id) if self.store is not None else b""

    def _show_storage_problem(self) -> None:
        self.storage_label.setText(
            self.tr("Your chats couldn't be opened: {reason}").format(reason=self.store_problem)
        )
        self.storage_label.show()
        for widget in (self.sidebar, self.composer, self.model_picker, self.options_button):
            widget.setEnabled(False)


def _file_name(title: str) -> str:
    """A title made safe as a file name on every system."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return " ".join(kept.split())[:60] or "chat"
