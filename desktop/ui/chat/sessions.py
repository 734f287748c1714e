"""The Chat tab's sessions: one :class:`SessionAdapter` per chat that is open or still
writing, and what the tab shows when a session's events arrive.

Kept apart from the tab because it is the one place that decides whether an event concerns
the chat on screen (shown now) or another chat (its reply goes on unseen, and its session is
let go when it ends).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from desktop.services.chat.events import (
    PhaseChanged,
    ReplyEnded,
    ReplyPhase,
    ReplyStarted,
    ThreadChanged,
    TitleChanged,
)
from desktop.services.context import AppContext
from desktop.storage import Conversation, Thread
from desktop.ui.chat.formatting import ErrorInfo, error_kind
from desktop.ui.chat.session_adapter import SessionAdapter

if TYPE_CHECKING:
    from desktop.ui.chat.tab import ChatTab


class ChatSessions:
    """The tab's sessions (``tab.adapters``) and their event handlers."""

    def __init__(self, tab: ChatTab, context: AppContext) -> None:
        self.tab = tab
        self.context = context

    @property
    def adapters(self) -> dict[int, SessionAdapter]:
        return self.tab.adapters

    def adapter(self, conversation_id: int) -> SessionAdapter:
        """The chat's session, made (and connected to this tab) on first use."""
        adapter = self.adapters.get(conversation_id)
        if adapter is None:
            tab = self.tab
            assert tab.store is not None
            adapter = SessionAdapter(self.context, tab.store, conversation_id, tab)
            adapter.reply_started.connect(self._reply_started)
            adapter.phase_changed.connect(self._phase_changed)
            adapter.documents_progress.connect(self._documents_progress)
            adapter.sources_chosen.connect(self._sources_chosen)
            adapter.reply_ended.connect(self._reply_ended)
            adapter.title_changed.connect(self._title_changed)
            adapter.thread_changed.connect(self._thread_changed)
            adapter.failed.connect(tab.show_notice)
            adapter.unsent.connect(
                lambda text, images, cid=conversation_id: self._unsent(cid, text, images)
            )
            adapter.busy_changed.connect(
                lambda busy, cid=conversation_id: self._busy_changed(cid, busy)
            )
            self.adapters[conversation_id] = adapter
        return adapter

    def current(self) -> SessionAdapter | None:
        """The session of the chat shown, if it has one."""
        conversation = self.tab.conversation
        if conversation is None:
            return None
        return self.adapters.get(conversation.id)

    def release(self, conversation_id: int) -> None:
        """Close an idle chat's session when the view leaves it (a busy one goes on)."""
        adapter = self.adapters.get(conversation_id)
        if adapter is not None and not adapter.busy:
            adapter.close()
            del self.adapters[conversation_id]
            adapter.deleteLater()

    def stop_every_reply(self) -> list[asyncio.Task[Any]]:
        """Stop every chat's reply and save each as interrupted *now*; the tasks still ending.

        A cancelled reply saves itself only when its task next runs on the loop, which may be
        after the database was replaced (a restore) or closed (shutdown): its
        ``UPDATE … WHERE id=?`` would then land on a row of another chat. Interrupting the
        writer here closes it, so that late save does nothing.
        """
        pending = []
        for adapter in list(self.adapters.values()):
            pending += stop_now(adapter)
        self.adapters.clear()
        self.tab.pump.stop()
        return pending

    # --- events -------------------------------------------------------------------------------

    def _reply_started(self, event: ReplyStarted) -> None:
        tab = self.tab
        tab.refresh_conversations()
        if not tab.is_current(event.conversation_id) or tab.store is None:
            return
        shown = [message.id for message in tab.transcript.messages]
        if event.path and shown == [message.id for message in event.path[:-2]]:
            tab.transcript.append_messages([event.user_message, event.reply])  # a plain send
        else:  # a regenerated reply or an edited message: the path changed
            tab.transcript.set_messages(list(event.path))
        adapter = self.adapters[event.conversation_id]
        tab.pump.start(adapter, event.reply.id)

    def _phase_changed(self, event: PhaseChanged) -> None:
        tab = self.tab
        if tab.is_current(event.conversation_id) and tab.pump.message_id == event.message_id:
            tab.pump.set_phase(event.phase)

    def _documents_progress(self, event: Any) -> None:
        """A large document is being embedded before the reply: the loading line says so."""
        if self.tab.is_current(event.conversation_id):
            widget = self.tab.transcript.widget_for(event.message_id)
            if widget is not None:
                widget.set_documents_progress(event.name, event.done, event.total)

    def _sources_chosen(self, event: Any) -> None:
        if self.tab.is_current(event.conversation_id):
            widget = self.tab.transcript.widget_for(event.message_id)
            if widget is not None:
                widget.set_sources(event.sources)

    def _reply_ended(self, event: ReplyEnded) -> None:
        tab = self.tab
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
            tab.transcript.set_error(event.reply.id, error)
        if tab.is_current(event.conversation_id):
            if tab.pump.message_id == event.reply.id:
                tab.pump.stop()
            tab.transcript.update_message(event.reply, error)
        elif adapter is not None:
            adapter.take_text()  # not shown: the view reads the stored reply when it opens
            self.release(event.conversation_id)
        tab.refresh_conversations()
        tab.generation_finished.emit()
        store = tab.store
        if event.phase is ReplyPhase.DONE and store is not None:
            text = event.reply.content[:120]

            def tell(conversation: Conversation | None) -> None:
                title = conversation.title if conversation is not None else ""
                tab.reply_finished.emit(title, text)

            self.context.operations.run(
                lambda: store.conversations.get(event.conversation_id), on_success=tell
            )

    def _title_changed(self, event: TitleChanged) -> None:
        tab = self.tab
        tab.refresh_conversations()
        store = tab.store
        if not tab.is_current(event.conversation_id) or store is None:
            return

        def show(conversation: Conversation | None) -> None:
            if conversation is not None and tab.is_current(event.conversation_id):
                tab.conversation = conversation
                tab.show_title()

        self.context.operations.run(
            lambda: store.conversations.get(event.conversation_id), on_success=show
        )

    def _thread_changed(self, event: ThreadChanged) -> None:
        tab = self.tab
        store = tab.store
        if not tab.is_current(event.conversation_id) or store is None:
            return
        generation = tab.open_generation

        def show(thread: Thread | None) -> None:
            current = generation == tab.open_generation
            if thread is not None and current and tab.is_current(event.conversation_id):
                tab.transcript.set_messages(thread.messages, keep=True)
                tab.memory.refresh()

        self.context.operations.run(
            lambda: store.messages.thread(event.conversation_id), on_success=show
        )

    def _unsent(self, conversation_id: int, text: str, images: list[Any]) -> None:
        """A message that could not be saved (so was not sent) goes back into the composer."""
        composer = self.tab.composer
        typed_since = composer.text or composer.images.images or composer.documents.chips
        if not self.tab.is_current(conversation_id) or typed_since:
            return
        composer.set_text(text)
        composer.add_attachments(images)

    def _busy_changed(self, conversation_id: int, busy: bool) -> None:
        if self.tab.is_current(conversation_id):
            self.tab.composer.set_busy(busy)


def stop_now(adapter: SessionAdapter) -> list[asyncio.Task[Any]]:
    """Stop a chat's reply and save it as interrupted now; the tasks that are still ending.

    A cancelled reply saves itself only when its task next runs, which may be after its
    chat was deleted or the database replaced: closing the session saves the reply at once
    (waiting for the storage thread) and closes its writer, so that late save does nothing.
    """
    ending = [
        task
        for task in (adapter.task, adapter.session.title_task)
        if task is not None and not task.done()
    ]
    adapter.close()
    return ending
