"""``ChatSession``: one conversation's chat logic — send, stream, save, stop, versions, title.

Qt-free and asyncio-only. The UI makes one session per open conversation, subscribes a
listener that turns :mod:`desktop.services.chat.events` into Qt signals, and runs the
coroutines with ``context.tasks.run(...)``:

    session = ChatSession(context, store, conversation.id)
    unsubscribe = session.subscribe(on_event)
    context.tasks.run(session.send("Hello", images=[NewAttachment(png_bytes, "image/png")]))
    session.stop()                                   # Stop / Esc: partial reply kept

Durability: the user's message and an empty ``streaming`` reply are saved before the request
goes out; the reply is written at least once a second while it streams and at every end.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.i18n import translate
from desktop.ollama.errors import OllamaError
from desktop.services.chat import titles
from desktop.services.chat.events import (
    ChatEvent,
    ChatListener,
    PhaseChanged,
    ReplyDelta,
    ReplyEnded,
    ReplyPhase,
    ReplyStarted,
    ThreadChanged,
    TitleChanged,
)
from desktop.services.chat.request import build_request
from desktop.services.context import AppContext
from desktop.services.tasks import plain_message
from desktop.storage.records import (
    Conversation,
    Message,
    MessageState,
    NewAttachment,
    ReplyStats,
    Thread,
    TitleSource,
)
from desktop.storage.reply_writer import FLUSH_INTERVAL, ReplyWriter
from desktop.storage.store import ChatStore

log = logging.getLogger(__name__)


class SessionError(Exception):
    """A request the session cannot carry out. ``message`` is plain words for the UI."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SessionBusy(SessionError):
    """A reply is being written; stop it (or wait) before changing the conversation."""

    def __init__(self) -> None:
        super().__init__(translate("Chat", "Wait for the reply to finish, or stop it, first."))


@dataclass(slots=True)
class LiveReply:
    """The reply being written now, with all its text so far (saved or not yet)."""

    message_id: int
    phase: ReplyPhase
    writer: ReplyWriter

    @property
    def content(self) -> str:
        return self.writer.content

    @property
    def thinking(self) -> str:
        return self.writer.thinking


class ChatSession:
    """One conversation, seen by the chat view.

    ``context.ollama`` is read at each request, so switching servers needs no new session.
    Conversation settings (model, system prompt, options, think, keep_alive) are read from the
    store at each send: change them with ``store.conversations.update(...)``.
    """

    def __init__(
        self,
        context: AppContext,
        store: ChatStore,
        conversation_id: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        flush_interval: float = FLUSH_INTERVAL,
    ) -> None:
        self.context = context
        self.store = store
        self.conversation_id = conversation_id
        self._clock = clock
        self._flush_interval = flush_interval
        self._listeners: list[ChatListener] = []
        self._live: LiveReply | None = None
        self._task: asyncio.Task[object] | None = None
        self._stop_requested = False
        self._flush_timer: asyncio.TimerHandle | None = None
        self.title_task: asyncio.Task[None] | None = None

    # --- observing ------------------------------------------------------------------------

    def subscribe(self, listener: ChatListener) -> Callable[[], None]:
        """Call ``listener(event)`` for every event; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    @property
    def busy(self) -> bool:
        """True while a reply is being written (Send becomes Stop)."""
        return self._live is not None

    @property
    def live(self) -> LiveReply | None:
        """The reply being written, for a view opened mid-reply (its text so far)."""
        return self._live

    @property
    def conversation(self) -> Conversation:
        conversation = self.store.conversations.get(self.conversation_id)
        if conversation is None:
            raise SessionError(translate("Chat", "This chat no longer exists."))
        return conversation

    def thread(self) -> Thread:
        """The conversation and its visible path (one indexed query)."""
        thread = self.store.messages.thread(self.conversation_id)
        if thread is None:
            raise SessionError(translate("Chat", "This chat no longer exists."))
        return thread

    # --- replies --------------------------------------------------------------------------

    async def send(self, text: str, images: Sequence[NewAttachment] = ()) -> Message:
        """Save the user's message as the next on the visible path, then stream, save and
        return the reply (in any end state: DONE, STOPPED or ERROR are events, not raises).

        Raises :class:`SessionBusy` during another reply, :class:`SessionError` without a
        model or without anything to send."""
        self._ensure_idle()
        if not text.strip() and not images:
            raise SessionError(translate("Chat", "Write a message first."))
        conversation = self._ready_conversation()
        path = self.store.messages.visible_path(self.conversation_id)
        parent_id = path[-1].id if path else None
        with self.store.database.transaction():
            user = self.store.messages.add(
                self.conversation_id, "user", text, parent_id=parent_id, attachments=images
            )
            self.store.conversations.save_draft(self.conversation_id, "")
            reply = self._new_reply(conversation, user.id)
        if not path:
            self._set_fallback_title(text)
        return await self._stream(conversation, user, reply, [*path, user])

    async def regenerate(
        self, message_id: int | None = None, *, model: str | None = None
    ) -> Message:
        """A new version of a reply (default: the last message on the path), written by
        ``model`` or the conversation's model. Given a user message, writes a (new) reply
        to it — a retry after a failed or deleted reply."""
        self._ensure_idle()
        target = self._message(message_id)
        if target.role == "assistant":
            if target.parent_id is None:
                raise SessionError(translate("Chat", "There is no message to reply to."))
            user_id = target.parent_id
        elif target.role == "user":
            user_id = target.id
        else:
            raise SessionError(translate("Chat", "There is no message to reply to."))
        conversation = self._ready_conversation(model)
        history = self.store.messages.path_to(user_id)
        self.store.messages.reveal(user_id)
        reply = self._new_reply(conversation, user_id, model=model)
        user = self.store.messages.get(user_id)
        assert user is not None
        return await self._stream(conversation, user, reply, history, model=model)

    async def edit_and_resend(
        self, message_id: int, text: str, images: Sequence[NewAttachment] | None = None
    ) -> Message:
        """A new version of a user message, then a reply to it; the old branch is kept.
        ``images=None`` keeps the edited message's images."""
        self._ensure_idle()
        target = self._message(message_id)
        if target.role != "user":
            raise SessionError(translate("Chat", "Only your own messages can be edited."))
        if images is None:
            images = [
                NewAttachment(self.store.attachments.data(info.id), info.mime_type, info.name)
                for info in target.attachments
            ]
        if not text.strip() and not images:
            raise SessionError(translate("Chat", "Write a message first."))
        conversation = self._ready_conversation()
        history = self.store.messages.path_to(target.parent_id) if target.parent_id else []
        with self.store.database.transaction():
            if target.parent_id is not None:
                self.store.messages.reveal(target.parent_id)
            user = self.store.messages.add(
                self.conversation_id,
                "user",
                text,
                parent_id=target.parent_id,
                attachments=images,
            )
            reply = self._new_reply(conversation, user.id)
        return await self._stream(conversation, user, reply, [*history, user])

    def stop(self) -> None:
        """Stop the reply being written: the connection closes, the partial reply is kept
        (marked interrupted) and ``ReplyEnded(STOPPED)`` follows. Nothing if idle."""
        if self._task is not None and not self._task.done():
            self._stop_requested = True
            self._task.cancel()

    def close(self) -> None:
        """The view is going away for good: stop any reply and the title request."""
        self.stop()
        if self.title_task is not None:
            self.title_task.cancel()
        self._listeners.clear()

    # --- editing the path -----------------------------------------------------------------

    def delete_message(self, message_id: int) -> int:
        """Delete a message and every message after it on its branch (ask the user first:
        ``store.messages.branch_ids(id)`` says how many). Returns how many went."""
        self._ensure_idle()
        deleted = self.store.messages.delete(message_id)
        if deleted:
            self._emit(ThreadChanged(self.conversation_id))
        return deleted

    def select_version(self, message_id: int) -> None:
        """Show this version (and the branch under it) on the visible path."""
        self._ensure_idle()
        self.store.messages.select(message_id)
        self._emit(ThreadChanged(self.conversation_id))

    def step_version(self, message_id: int, step: int) -> int:
        """Show the previous (-1) or next (+1) version of a message ("2/3" arrows); returns
        the id now shown (unchanged at either end)."""
        versions = self.store.messages.versions(message_id)
        if message_id not in versions:
            return message_id
        index = max(0, min(len(versions) - 1, versions.index(message_id) + step))
        if versions[index] != message_id:
            self.select_version(versions[index])
        return versions[index]

    def rename(self, title: str) -> None:
        """A title the user typed: it always wins over the automatic one ("" gives it back)."""
        self.store.conversations.rename(self.conversation_id, title)
        self._emit(TitleChanged(self.conversation_id, self.conversation.title))

    # --- internals ------------------------------------------------------------------------

    def _ensure_idle(self) -> None:
        if self.busy:
            raise SessionBusy()

    def _ready_conversation(self, model: str | None = None) -> Conversation:
        conversation = self.conversation
        if not (model or conversation.model):
            raise SessionError(translate("Chat", "Choose a model for this chat first."))
        return conversation

    def _message(self, message_id: int | None) -> Message:
        if message_id is None:
            path = self.store.messages.visible_path(self.conversation_id)
            if not path:
                raise SessionError(translate("Chat", "There is no message to reply to."))
            return path[-1]
        message = self.store.messages.get(message_id)
        if message is None or message.conversation_id != self.conversation_id:
            raise SessionError(translate("Chat", "That message no longer exists."))
        return message

    def _new_reply(
        self, conversation: Conversation, parent_id: int, *, model: str | None = None
    ) -> Message:
        return self.store.messages.add(
            self.conversation_id,
            "assistant",
            "",
            parent_id=parent_id,
            model=model or conversation.model,
            options=conversation.options,
            state=MessageState.STREAMING,
        )

    async def _stream(
        self,
        conversation: Conversation,
        user: Message,
        reply: Message,
        history: list[Message],
        *,
        model: str | None = None,
    ) -> Message:
        writer = self.store.reply_writer(
            reply.id, clock=self._clock, flush_interval=self._flush_interval
        )
        live = self._live = LiveReply(reply.id, ReplyPhase.LOADING, writer)
        self._task = asyncio.current_task()
        self._stop_requested = False
        phase, error = ReplyPhase.DONE, ""
        try:
            self._emit(ReplyStarted(self.conversation_id, user, reply))
            self._emit(PhaseChanged(self.conversation_id, reply.id, ReplyPhase.LOADING))
            request = build_request(conversation, history, self.store.attachments.data, model=model)
            stream = self.context.ollama.chat(request.model, request.messages, **request.fields)
            async with stream:
                async for batch in _batches(stream):
                    thinking = "".join(chunk.message.thinking or "" for chunk in batch)
                    content = "".join(chunk.message.content for chunk in batch)
                    if thinking and content and live.phase is not ReplyPhase.STREAMING:
                        # Thought and answer arrived in one run: show the thinking phase first.
                        self._set_phase(live, ReplyPhase.THINKING)
                        if not writer.append("", thinking):
                            self._schedule_flush(writer)
                        self._emit(ReplyDelta(self.conversation_id, reply.id, "", thinking))
                        thinking = ""
                    if content or thinking:
                        self._set_phase(
                            live, ReplyPhase.STREAMING if content else ReplyPhase.THINKING
                        )
                        if not writer.append(content, thinking):
                            self._schedule_flush(writer)
                        self._emit(ReplyDelta(self.conversation_id, reply.id, content, thinking))
                    last = batch[-1]
                    if last.done:
                        writer.finish(ReplyStats.of(last), last.done_reason)
                        break
            if not writer.closed:
                writer.finish()
        except asyncio.CancelledError:
            writer.interrupt()
            phase = ReplyPhase.STOPPED
            if not self._stop_requested:  # the app is closing: save, then let it go on
                self._end(writer, phase, error)
                raise
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()  # Stop: the reply ends normally, as stopped
        except OllamaError as exc:
            log.warning("chat reply failed: %s (%s)", exc.message, exc.detail)
            phase, error = ReplyPhase.ERROR, exc.message
            writer.fail(error)
        except Exception as exc:
            log.exception("chat reply failed unexpectedly")
            phase, error = ReplyPhase.ERROR, plain_message(exc)
            writer.fail(error)
        stored = self._end(writer, phase, error)
        if phase is ReplyPhase.DONE and user.parent_id is None:
            self._start_auto_title(conversation, user, stored)
        return stored

    def _end(self, writer: ReplyWriter, phase: ReplyPhase, error: str) -> Message:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        self._live = None
        self._task = None
        self._stop_requested = False
        stored = self.store.messages.get(writer.message_id)
        assert stored is not None
        self._emit(ReplyEnded(self.conversation_id, stored, phase, error))
        return stored

    def _set_phase(self, live: LiveReply, phase: ReplyPhase) -> None:
        if live.phase is not phase:
            live.phase = phase
            self._emit(PhaseChanged(self.conversation_id, live.message_id, phase))

    def _schedule_flush(self, writer: ReplyWriter) -> None:
        """Text that arrived just before the stream stalls still reaches the disk in time."""
        if self._flush_timer is not None:
            return
        due = writer.due_in()
        if due is None:
            return

        def flush() -> None:
            self._flush_timer = None
            if not writer.closed and not writer.flush_if_due():
                self._schedule_flush(writer)

        self._flush_timer = asyncio.get_running_loop().call_later(due, flush)

    def _emit(self, event: ChatEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a chat listener failed on %r", type(event).__name__)

    # --- titles ---------------------------------------------------------------------------

    def _set_fallback_title(self, text: str) -> None:
        title = titles.fallback_title(text)
        if title and self.store.conversations.set_generated_title(
            self.conversation_id, title, TitleSource.FALLBACK
        ):
            self._emit(TitleChanged(self.conversation_id, title))

    def _start_auto_title(self, conversation: Conversation, user: Message, reply: Message) -> None:
        current = self.store.conversations.get(self.conversation_id)
        if current is None or current.title_source not in (TitleSource.NONE, TitleSource.FALLBACK):
            return
        if not reply.content.strip():
            return
        self.title_task = self.context.tasks.run(
            self._auto_title(conversation, user, reply), name="chat-auto-title"
        )

    async def _auto_title(self, conversation: Conversation, user: Message, reply: Message) -> None:
        """Ask the model for a short title; on any failure the fallback title stays."""
        fields: dict[str, object] = {"options": dict(titles.TITLE_OPTIONS), "think": False}
        if conversation.keep_alive is not None:
            # Without it, this request would reset how long the model stays loaded.
            fields["keep_alive"] = conversation.keep_alive
        try:
            answer = await self.context.ollama.chat_once(
                reply.model or conversation.model,
                titles.title_prompt(user.content, reply.content),
                **fields,
            )
        except OllamaError as exc:
            log.info("no automatic title: %s (%s)", exc.message, exc.detail)
            return
        title = titles.clean_title(answer.message.content)
        if title and self.store.conversations.set_generated_title(
            self.conversation_id, title, TitleSource.AUTO
        ):
            self._emit(TitleChanged(self.conversation_id, title))


async def _batches(stream: Any) -> AsyncIterator[list[Any]]:
    """The stream's chunks a run at a time: a fast reply costs the loop one pass per run of
    chunks, not one per chunk. Streams without ``next_batch`` give runs of one."""
    next_batch = getattr(stream, "next_batch", None)
    if next_batch is None:
        async for chunk in stream:
            yield [chunk]
        return
    while True:
        try:
            batch = await next_batch()
        except StopAsyncIteration:
            return
        done = next((i for i, chunk in enumerate(batch) if chunk.done), None)
        yield batch if done is None else batch[: done + 1]
        if done is not None:
            return
