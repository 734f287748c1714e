"""The Chat tab's chats: the list, opening one, new chats, rename, pin, delete and search.

Kept apart from the tab because every one of these reads or writes the store on the
operation runner and shows the result when it arrives, and the generations that make the
newest request win (a newer open, list read or search supersedes one still running) belong
together. Texts keep the ``ChatTab`` translation context.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services.context import AppContext
from desktop.services.topics import CONVERSATIONS
from desktop.storage import ChatStore, Conversation, SearchHit, Thread
from desktop.ui.chat.sessions import stop_now
from desktop.ui.common.plain import plain_box, plain_line

if TYPE_CHECKING:
    from desktop.ui.chat.tab import ChatTab

T = TypeVar("T")


class ChatConversations:
    """The tab's chats, read and written on the operation runner."""

    def __init__(self, tab: ChatTab, context: AppContext) -> None:
        self.tab = tab
        self.context = context
        self.search_terms: list[str] = []
        self._search_generation = 0
        self._list_generation = 0
        self._creating: asyncio.Task[None] | None = None

    # --- new chats ----------------------------------------------------------------------------

    def new_chat(self, model: str = "", *, reuse_empty: bool = False) -> asyncio.Task[None] | None:
        """A new, empty chat with ``model`` (or the current chat's model).

        The chat is created on the operation runner and shown when it exists; the task ends
        then. None when there is nothing to do (already on an empty chat). With
        ``reuse_empty`` an empty chat on screen takes ``model`` instead of being left behind
        as one more empty "New chat".
        """
        tab = self.tab
        if tab.store is None:
            return None
        if self._creating is not None and not self._creating.done():
            return self._creating  # Ctrl+N pressed twice: one new chat
        current = tab.conversation
        if current is not None and not self._has_messages(current.id):
            if model and reuse_empty:
                tab.model_settings.use_model(model)
                model = ""
            if not model:
                tab.composer.input.setFocus()
                return None  # already on an empty chat
        created = self.submit(self.creator(model or (current.model if current else "")))
        self._creating = self.context.tasks.run(self.create_and_show(created), name="chat-new")
        return self._creating

    def creator(self, model: str) -> Callable[[], Conversation]:
        """The work that creates a new chat with ``model`` and the new-chat defaults."""
        tab = self.tab
        store = tab.store
        assert store is not None
        chosen = model or tab.fallback_model()
        defaults = tab.new_chat_defaults()
        return lambda: store.conversations.create(
            model=chosen,
            system_prompt=defaults.system_prompt,
            options=defaults.options,
            think=defaults.think,
            keep_alive=defaults.keep_alive,
        )

    async def create_and_show(self, created: Awaitable[Conversation]) -> None:
        conversation = await created
        self.context.operations.notify(CONVERSATIONS)
        tab = self.tab
        if tab.is_shut_down:
            return
        tab.open_generation += 1  # what was loading is not what the person asked for last
        self.show_thread(Thread(conversation, []))
        tab.composer.input.setFocus()

    def first_chat(self, store: ChatStore) -> tuple[list[Conversation], Thread]:
        """(every chat, the newest one's thread); a new chat when there is none. Start-up."""
        store.conversations.prune_empty()
        conversations = store.conversations.list()
        thread = store.messages.thread(conversations[0].id) if conversations else None
        if thread is None:
            thread = Thread(self.creator("")(), [])
            conversations = store.conversations.list()
        return conversations, thread

    def _has_messages(self, conversation_id: int) -> bool:
        """Whether the chat shown has messages (what the view shows, or a reply under way)."""
        adapter = self.tab.adapters.get(conversation_id)
        return bool(self.tab.transcript.messages) or (adapter is not None and adapter.busy)

    # --- the list -----------------------------------------------------------------------------

    def refresh(self) -> asyncio.Task[list[Conversation]] | None:
        """Read the list of chats on the operation runner; shown when it comes (the newest
        read wins). Every write that changes the list notifies ``CONVERSATIONS``, which
        calls this."""
        tab = self.tab
        store = tab.store
        if store is None or tab.is_shut_down:
            return None
        self._list_generation += 1
        generation = self._list_generation

        def show(conversations: list[Conversation]) -> None:
            if generation == self._list_generation and not tab.is_shut_down:
                self.show_list(conversations)

        return self.in_background(store.conversations.list, show, name="chat-list")

    def in_background(
        self,
        work: Callable[[], T],
        show: Callable[[T], None] | None = None,
        *,
        changes: tuple[str, ...] = (),
        name: str,
    ) -> asyncio.Task[T]:
        """Run ``work`` on the operation runner, then ``show`` its result here and tell the
        ``changes`` topics; the task ends after that, so whoever waits for it sees the view
        as it is then. A failure goes to the task runner's reporter."""

        submitted = self.submit(work)  # queued now: in order with what is asked next

        async def run() -> T:
            result = await submitted
            if show is not None:
                show(result)
            for topic in changes:
                self.context.operations.notify(topic)
            return result

        return self.context.tasks.run(run(), name=name)

    def submit(self, work: Callable[[], T]) -> asyncio.Future[T]:
        """Queue ``work`` on the operation runner now; its result, awaitable on the loop."""
        return asyncio.wrap_future(self.context.operations.submit(work))

    def show_list(self, conversations: list[Conversation]) -> None:
        current = self.tab.conversation.id if self.tab.conversation else None
        self.tab.sidebar.set_conversations(conversations, current)

    def listed(self, conversation_id: int) -> Conversation | None:
        """The chat as the sidebar lists it (no database read for a title)."""
        tab = self.tab
        if tab.is_current(conversation_id):
            return tab.conversation
        return next((c for c in tab.sidebar.model.conversations if c.id == conversation_id), None)

    # --- opening ------------------------------------------------------------------------------

    def open(
        self, conversation_id: int, *, focus_message: int | None = None
    ) -> asyncio.Task[bool] | None:
        """Load the chat's visible thread on the operation runner, then show it.

        A big chat takes a while to read; a newer open (or a new chat) supersedes this one.
        The task says whether the chat was shown.
        """
        tab = self.tab
        if tab.store is None:
            return None
        tab.open_generation += 1
        return self.context.tasks.run(
            self.load_and_show(conversation_id, tab.open_generation, focus_message),
            name="chat-open",
        )

    async def load_and_show(
        self, conversation_id: int, generation: int, focus_message: int | None = None
    ) -> bool:
        tab = self.tab
        store = tab.store
        assert store is not None
        thread = await self.context.operations.call(store.messages.thread, conversation_id)
        if generation != tab.open_generation or tab.is_shut_down:
            return False
        if thread is None:  # deleted meanwhile
            self.refresh()
            return False
        self.show_thread(thread, focus_message)
        return True

    def show_thread(self, thread: Thread, focus_message: int | None = None) -> None:
        """Show a loaded chat; the chat shown before is saved (draft, place) and let go."""
        tab = self.tab
        conversation_id = thread.conversation.id
        if tab.conversation is not None and tab.conversation.id != conversation_id:
            tab.remember_view()
            tab.sessions.release(tab.conversation.id)
        tab.conversation = thread.conversation
        tab.sidebar.select(conversation_id)
        tab.show_title()
        tab.model_picker.choose(tab.conversation.model)
        tab.apply_model_facts(tab.conversation.model)  # choosing may have set a model
        tab.composer.cancel_edit()
        tab.composer.input.blockSignals(True)
        tab.composer.set_text(tab.conversation.draft)
        tab.composer.input.blockSignals(False)
        tab.pump.stop()
        position = None if focus_message else tab.conversation.scroll_position
        tab.transcript.set_messages(thread.messages, position=position)
        adapter = tab.adapters.get(conversation_id)
        busy = adapter is not None and adapter.busy
        tab.composer.set_busy(busy)
        if adapter is not None and adapter.busy and adapter.live_message_id is not None:
            tab.pump.start(adapter, adapter.live_message_id)

    # --- rename, pin, delete ------------------------------------------------------------------

    def rename(self, conversation_id: int, title: str) -> asyncio.Task[Conversation | None] | None:
        tab = self.tab
        store = tab.store
        if store is None:
            return None
        title = title.strip()

        def rename() -> Conversation | None:
            store.conversations.rename(conversation_id, title)
            return store.conversations.get(conversation_id)

        def show(conversation: Conversation | None) -> None:
            if conversation is not None and tab.is_current(conversation_id):
                tab.conversation = conversation
                tab.show_title()

        return self.in_background(rename, show, changes=(CONVERSATIONS,), name="chat-rename")

    def pin(self, conversation_id: int, pinned: bool) -> asyncio.Task[None] | None:
        store = self.tab.store
        if store is None:
            return None
        return self.in_background(
            lambda: store.conversations.set_pinned(conversation_id, pinned),
            changes=(CONVERSATIONS,),
            name="chat-pin",
        )

    def confirm_delete(self, conversation_id: int) -> QMessageBox | None:
        tab = self.tab
        if tab.store is None:
            return None
        conversation = self.listed(conversation_id)
        if conversation is None:
            return None
        box = plain_box(QMessageBox(tab))
        box.setObjectName("deleteChatDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ChatTab", "Delete chat?"))
        box.setText(
            QCoreApplication.translate("ChatTab", "Delete “{title}” and all its messages?").format(
                title=plain_line(conversation.title)
                or QCoreApplication.translate("ChatTab", "New chat")
            )
        )
        box.setInformativeText(QCoreApplication.translate("ChatTab", "This can't be undone."))
        delete = box.addButton(
            QCoreApplication.translate("ChatTab", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("deleteChatConfirm")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: tab.delete_conversation(conversation_id) if button is delete else None
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def delete(self, conversation_id: int) -> asyncio.Task[None] | None:
        """Delete a chat on the operation runner; when it was the one shown, the newest other
        chat (or a new one) opens. A reply still being written is stopped and saved first."""
        tab = self.tab
        store = tab.store
        if store is None:
            return None
        adapter = tab.adapters.pop(conversation_id, None)
        ending = stop_now(adapter) if adapter is not None else []
        was_current = tab.is_current(conversation_id)
        if was_current:
            tab.pump.stop()
            tab.conversation = None
            tab.open_generation += 1
            tab.transcript.set_messages([])

        def delete() -> list[Conversation]:
            store.conversations.delete(conversation_id)
            return store.conversations.list(limit=1)

        async def run() -> None:
            if ending:  # a stopped reply saves itself as it ends: not into a deleted chat
                await asyncio.wait(ending)
            remaining = await self.context.operations.call(delete)
            self.context.operations.notify(CONVERSATIONS)
            if not was_current or tab.is_shut_down or tab.conversation is not None:
                return
            if remaining:
                await self.load_and_show(remaining[0].id, tab.open_generation)
            else:
                await self.create_and_show(self.submit(self.creator("")))

        return self.context.tasks.run(run(), name="chat-delete")

    # --- search -------------------------------------------------------------------------------

    def search(self, text: str) -> asyncio.Task[list[SearchHit]] | None:
        """Search every chat on the operation runner; the hits are shown when they arrive,
        unless a newer search was asked for meanwhile (typing supersedes)."""
        tab = self.tab
        self._search_generation += 1
        generation = self._search_generation
        terms = [word.strip('"*') for word in text.split() if word.strip('"*')]
        store = tab.store
        if tab.is_shut_down:
            return None
        if store is None or not text.strip():
            self.search_terms = terms
            tab.sidebar.set_hits([])
            return None

        def show(hits: list[SearchHit]) -> None:
            if generation == self._search_generation and not tab.is_shut_down:
                self.search_terms = terms
                tab.sidebar.set_hits(hits)

        return self.in_background(lambda: store.search(text), show, name="chat-search")

    def open_hit(self, hit: SearchHit) -> asyncio.Task[bool] | None:
        """Open the chat of a search hit and scroll to the message, once it is shown."""
        opening = self.tab.open_conversation(hit.conversation_id, focus_message=hit.message_id)
        message_id = hit.message_id
        if opening is not None and message_id is not None:
            terms = list(self.search_terms)

            def scroll(done: asyncio.Task[bool]) -> None:
                if not done.cancelled() and done.exception() is None and done.result():
                    self.tab.transcript.scroll_to_message(message_id, terms)

            opening.add_done_callback(scroll)
        return opening
