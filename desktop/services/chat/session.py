"""``ChatSession``: one conversation's chat logic — send, stream, save, stop, versions, title.

Qt-free and asyncio-only. The UI makes one session per open conversation, subscribes a
listener that turns :mod:`desktop.services.chat.events` into Qt signals, and runs the
coroutines with ``context.tasks.run(...)``:

    session = ChatSession(context, store, conversation.id, operations=context.operations)
    unsubscribe = session.subscribe(on_event)
    context.tasks.run(session.send("Hello", images=[NewAttachment(png_bytes, "image/png")]))
    session.stop()                                   # Stop / Esc: partial reply kept

Storage: every read and save goes through the operation runner (``operations``, see
:mod:`desktop.services.operations`): it runs on the storage thread, in the order asked, so the
window never waits for the disk. Only ``close`` waits for its save, because the loop may not
run again after it.

Durability: the user's message and an empty ``streaming`` reply are saved before the request
goes out; the reply is written at least once a second while it streams and at every end.

A full disk: the save that fails ends the reply (its connection closes) and the session tells
its listeners (:class:`~desktop.services.chat.events.SaveFailed`). Nothing saved before is
lost; the reply's text stays in memory, marked interrupted, and is saved when there is room
again: before the session's next write, every ``retry_interval`` seconds, and at ``close``.

Its parts: the reads and saves themselves are :class:`~desktop.services.chat.records.ChatRecords`,
the save timers :class:`~desktop.services.chat.saving.ReplySaves`, the reply being written
:class:`~desktop.services.chat.live.LiveReply`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from desktop.errors import PaddockError
from desktop.i18n import translate
from desktop.ollama.errors import OllamaError
from desktop.services.chat import titles
from desktop.services.chat.errors import SessionBusy, SessionError
from desktop.services.chat.events import (
    ChatEvent,
    ChatListener,
    DocumentsProgress,
    PhaseChanged,
    ReplyDelta,
    ReplyEnded,
    ReplyPhase,
    ReplyStarted,
    SaveFailed,
    SourcesChosen,
    ThreadChanged,
    TitleChanged,
)
from desktop.services.chat.live import LiveReply, as_held, batches
from desktop.services.chat.records import ChatRecords
from desktop.services.chat.request import ChatRequest, build_request
from desktop.services.chat.runner import InlineOperations, StorageRunner
from desktop.services.chat.saving import RETRY_INTERVAL, ReplySaves
from desktop.services.context import AppContext
from desktop.services.tasks import plain_message
from desktop.storage.database import StorageError
from desktop.storage.records import (
    Conversation,
    Message,
    MessageState,
    NewAttachment,
    NewDocument,
    ReplySave,
    ReplyStats,
    Thread,
    TitleSource,
)
from desktop.storage.reply_writer import FLUSH_INTERVAL, ReplyWriter
from desktop.storage.store import ChatStore

log = logging.getLogger(__name__)

T = TypeVar("T")


class ChatSession:
    """One conversation, seen by the chat view.

    ``context.ollama`` is read at each request, so switching servers needs no new session.
    Conversation settings (model, system prompt, options, think, keep_alive) are read from the
    store at each send: change them with ``store.conversations.update(...)``. Storage work runs
    on ``operations`` (default: the context's runner, else inline on the calling thread).
    """

    def __init__(
        self,
        context: AppContext,
        store: ChatStore,
        conversation_id: int,
        *,
        operations: StorageRunner | None = None,
        clock: Callable[[], float] = time.monotonic,
        flush_interval: float = FLUSH_INTERVAL,
        retry_interval: float = RETRY_INTERVAL,
    ) -> None:
        self.context = context
        self.store = store
        self.conversation_id = conversation_id
        self.records = ChatRecords(store, conversation_id)
        self.operations: StorageRunner = (
            operations or getattr(context, "operations", None) or InlineOperations()
        )
        self._clock = clock
        self._flush_interval = flush_interval
        self._listeners: list[ChatListener] = []
        self._live: LiveReply | None = None
        self._starting = False
        self._task: asyncio.Task[object] | None = None
        self._stop_requested = False
        self._save_failure: StorageError | None = None
        self._saves = ReplySaves(store, self.operations, retry_interval=retry_interval)
        self.title_task: asyncio.Task[None] | None = None
        # Ask the server to refuse a chat longer than the model's memory instead of dropping
        # its beginning (``truncate: false``, Ollama 0.12.6+): set per send by the view.
        self.refuse_overflow = False

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
        """True while a reply is being written, or its message saved (Send becomes Stop)."""
        return self._live is not None or self._starting

    @property
    def live(self) -> LiveReply | None:
        """The reply being written, for a view opened mid-reply (its text so far)."""
        return self._live

    @property
    def conversation(self) -> Conversation:
        """The conversation as stored (a blocking read: for scripts and tests)."""
        return self.operations.wait(self.records.read_conversation)

    def thread(self) -> Thread:
        """The conversation and its visible path (a blocking read: for scripts and tests)."""
        return self.operations.wait(self.records.read_thread)

    async def load_thread(self) -> Thread:
        """The conversation and its visible path (one indexed query, on the storage thread)."""
        return await self._io(self.records.read_thread)

    # --- replies --------------------------------------------------------------------------

    async def send(self, text: str, images: Sequence[Any] = ()) -> Message:
        """Save the user's message as the next on the visible path, then stream, save and
        return the reply (in any end state: DONE, STOPPED or ERROR are events, not raises).
        ``images`` are the attachments: images (``NewAttachment``) and documents read by
        the documents service (``ReadDocument``).

        Raises :class:`SessionBusy` during another reply, :class:`SessionError` without a
        model or without anything to send, :class:`~desktop.storage.StorageError` (e.g.
        ``StorageFull``) when the message could not be saved: then nothing was sent."""
        self._ensure_idle()
        if not text.strip() and not images:
            raise SessionError(translate("Chat", "Write a message first."))
        with self._starting_reply():
            pictures, documents = await self._split_attachments(images)
            conversation, user, reply, path, title = await self._io(
                self.records.save_new_message, text, pictures, documents
            )
        if title:
            self._emit(TitleChanged(self.conversation_id, title))
        return await self._stream(
            conversation, user, reply, [*path, user], path=(*path, user, reply)
        )

    async def regenerate(
        self, message_id: int | None = None, *, model: str | None = None
    ) -> Message:
        """A new version of a reply (default: the last message on the path), written by
        ``model`` or the conversation's model. Given a user message, writes a (new) reply
        to it — a retry after a failed or deleted reply."""
        self._ensure_idle()
        with self._starting_reply():
            (conversation, user, reply, history), path = await self._io(
                self.records.then_path, self.records.save_regenerate, message_id, model
            )
        return await self._stream(conversation, user, reply, history, model=model, path=path)

    async def edit_and_resend(
        self, message_id: int, text: str, images: Sequence[Any] | None = None
    ) -> Message:
        """A new version of a user message, then a reply to it; the old branch is kept.
        ``images=None`` keeps the edited message's images. Its documents are always kept;
        documents among ``images`` are added."""
        self._ensure_idle()
        with self._starting_reply():
            pictures, documents = await self._split_attachments(images or ())
            (conversation, user, reply, history), path = await self._io(
                self.records.then_path,
                self.records.save_edit,
                message_id,
                text,
                None if images is None else pictures,
                documents,
            )
        return await self._stream(conversation, user, reply, history, path=path)

    def stop(self) -> None:
        """Stop the reply being written: the connection closes, the partial reply is kept
        (marked interrupted) and ``ReplyEnded(STOPPED)`` follows. Nothing if idle."""
        if self._task is not None and not self._task.done():
            self._stop_requested = True
            self._task.cancel()
        elif self._starting:  # the message is being saved: stop as soon as the reply starts
            self._stop_requested = True

    def close(self) -> None:
        """The view is going away for good: save the reply being written *now* (waiting for
        it: the loop may not run again), stop it and the title request, and try once more to
        save what a full disk refused."""
        self._saves.close()
        live = self._live
        if live is not None:
            self._saves.save_now(live.writer, live.writer.take(MessageState.INTERRUPTED))
        self.stop()
        if self.title_task is not None:
            self.title_task.cancel()
        self._saves.retry_pending()
        self._listeners.clear()

    # --- editing the path -----------------------------------------------------------------

    async def delete_message(self, message_id: int) -> int:
        """Delete a message and every message after it on its branch (ask the user first:
        ``store.messages.branch_ids(id)`` says how many). Returns how many went."""
        self._ensure_idle()
        deleted = await self._io(self.store.messages.delete, message_id)
        if deleted:
            self._emit(ThreadChanged(self.conversation_id))
        return deleted

    async def select_version(self, message_id: int) -> None:
        """Show this version (and the branch under it) on the visible path."""
        self._ensure_idle()
        await self._io(self.store.messages.select, message_id)
        self._emit(ThreadChanged(self.conversation_id))

    async def step_version(self, message_id: int, step: int) -> int:
        """Show the previous (-1) or next (+1) version of a message ("2/3" arrows); returns
        the id now shown (unchanged at either end)."""
        versions = await self._io(self.store.messages.versions, message_id)
        if message_id not in versions:
            return message_id
        index = max(0, min(len(versions) - 1, versions.index(message_id) + step))
        if versions[index] != message_id:
            await self.select_version(versions[index])
        return versions[index]

    async def rename(self, title: str) -> None:
        """A title the user typed: it always wins over the automatic one ("" gives it back)."""

        def rename() -> str:
            self.store.conversations.rename(self.conversation_id, title)
            return self.records.read_conversation().title

        self._emit(TitleChanged(self.conversation_id, await self._io(rename)))

    # --- documents ---------------------------------------------------------------------------

    @property
    def documents(self) -> Any:
        """The documents service (None in contexts built without one)."""
        return getattr(self.context, "documents", None)

    async def _split_attachments(
        self, attachments: Sequence[Any]
    ) -> tuple[list[NewAttachment], list[NewDocument]]:
        """Images as they are; documents read by the documents service become records,
        whole or in passages as the chat's memory allows."""
        pictures = [item for item in attachments if isinstance(item, NewAttachment)]
        read = [item for item in attachments if not isinstance(item, NewAttachment)]
        if not read or self.documents is None:
            return pictures, []
        conversation = await self._io(self.records.ready_conversation)
        tokens = await self.documents.context_tokens(conversation.model, conversation.options)
        stored = await self.documents.for_storage(read, tokens)
        return pictures, stored

    async def _document_blocks(
        self,
        conversation: Conversation,
        history: list[Message],
        reply: Message,
        model: str | None,
    ) -> tuple[dict[int, list[str]], Message]:
        """The documents' blocks for the request, and the reply with its sources saved."""
        service = self.documents
        if service is None or not any(message.documents for message in history):
            return {}, reply

        def progress(name: str, done: int, total: int) -> None:
            self._emit(DocumentsProgress(self.conversation_id, reply.id, name, done, total))

        plan = await service.prepare(conversation, history, model=model, progress=progress)
        if plan.sources:
            await self._io(self.store.documents.save_sources, reply.id, plan.sources)
            reply = dataclasses.replace(reply, sources=list(plan.sources))
            self._emit(SourcesChosen(self.conversation_id, reply.id, tuple(plan.sources)))
        return plan.blocks, reply

    # --- storage (each runs on the storage thread) ----------------------------------------

    async def _io(self, work: Callable[..., T], *args: Any) -> T:
        """``work(*args)`` on the storage thread, after retrying what a full disk refused."""
        return await self.operations.call(self._after_pending, work, *args)

    def _after_pending(self, work: Callable[..., T], *args: Any) -> T:
        self.store.pending.retry_quietly()
        return work(*args)

    # --- internals ------------------------------------------------------------------------

    def _ensure_idle(self) -> None:
        if self.busy:
            raise SessionBusy()

    @contextlib.contextmanager
    def _starting_reply(self) -> Iterator[None]:
        """Busy while the message is being saved, so a second Send can't slip in."""
        self._starting = True
        self._stop_requested = False
        try:
            yield
        finally:
            self._starting = False

    async def _stream(
        self,
        conversation: Conversation,
        user: Message,
        reply: Message,
        history: list[Message],
        *,
        model: str | None = None,
        path: tuple[Message, ...] = (),
    ) -> Message:
        writer = self.store.reply_writer(
            reply.id, clock=self._clock, flush_interval=self._flush_interval
        )
        live = self._live = LiveReply(reply.id, ReplyPhase.LOADING, writer)
        self._task = asyncio.current_task()
        self._save_failure = None
        if self._stop_requested and self._task is not None:
            self._task.cancel()  # Stop came while the message was being saved
        phase, error = ReplyPhase.DONE, ""
        final: ReplySave | None = None
        try:
            self._emit(ReplyStarted(self.conversation_id, user, reply, path))
            self._emit(PhaseChanged(self.conversation_id, reply.id, ReplyPhase.LOADING))
            blocks, reply = await self._document_blocks(conversation, history, reply, model)
            request = await self._io(
                functools.partial(
                    build_request,
                    conversation,
                    history,
                    self.store.attachments.data,
                    model=model,
                    document_blocks=blocks,
                )
            )
            final = await self._receive(request, live)
        except asyncio.CancelledError:
            phase = ReplyPhase.STOPPED
            final = writer.take(MessageState.INTERRUPTED)
            if self._save_failure is None and not self._stop_requested:
                # The app is closing: save now, then let the cancellation go on.
                self._saves.save_now(writer, final)
                self._end(live, reply, phase, error)
                raise
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()  # Stop, or a save the disk refused: the reply ends normally
        except StorageError as exc:  # a save failed: the stream stops, the text stays here
            self._save_failure = exc
            phase = ReplyPhase.STOPPED
            final = writer.take(MessageState.INTERRUPTED)
        except (OllamaError, PaddockError) as exc:
            log.warning("chat reply failed: %s (%s)", exc.message, exc.detail)
            phase, error = ReplyPhase.ERROR, exc.message
            final = writer.take(MessageState.ERROR, error=error)
        except Exception as exc:
            log.exception("chat reply failed unexpectedly")
            phase, error = ReplyPhase.ERROR, plain_message(exc)
            final = writer.take(MessageState.ERROR, error=error)
        self._task = None  # the reply is ending: Stop has nothing left to stop
        try:
            if final is not None:
                await self._io(writer.write, final)
        except StorageError as exc:  # kept in store.pending, saved when there is room
            self._save_failure = exc
        except asyncio.CancelledError:  # the app is closing while the end is being saved
            self._saves.save_now(writer, final)
            self._end(live, reply, phase, error)
            raise
        except Exception:  # the storage thread is gone (closing): the next start marks it
            log.exception("the end of reply %d could not be saved", reply.id)
        failure = self._save_failure
        if failure is not None:
            log.warning("reply %d could not be saved: %s (%s)", reply.id, failure, failure.detail)
            self._emit(SaveFailed(self.conversation_id, failure.message))
            self._saves.schedule_retry()
        stored = self._end(live, reply, phase, error)
        if phase is ReplyPhase.DONE and user.parent_id is None and failure is None:
            self._start_auto_title(conversation, user, stored)
        return stored

    async def _receive(self, request: ChatRequest, live: LiveReply) -> ReplySave | None:
        """Stream the reply into ``live``, saving it as due; the final save, still to write."""
        writer = live.writer
        reply_id = live.message_id
        fields = dict(request.fields)
        if self.refuse_overflow:
            fields["truncate"] = False
        stream = self.context.ollama.chat(request.model, request.messages, **fields)
        async with stream:
            async for batch in batches(stream):
                thinking = "".join(chunk.message.thinking or "" for chunk in batch)
                content = "".join(chunk.message.content for chunk in batch)
                if thinking and content and live.phase is not ReplyPhase.STREAMING:
                    # Thought and answer arrived in one run: show the thinking phase first.
                    self._set_phase(live, ReplyPhase.THINKING)
                    writer.add("", thinking)
                    self._emit(ReplyDelta(self.conversation_id, reply_id, "", thinking))
                    thinking = ""
                if content or thinking:
                    self._set_phase(live, ReplyPhase.STREAMING if content else ReplyPhase.THINKING)
                    writer.add(content, thinking)
                    self._emit(ReplyDelta(self.conversation_id, reply_id, content, thinking))
                last = batch[-1]
                if last.done:
                    return writer.take(
                        MessageState.COMPLETE,
                        stats=ReplyStats.of(last),
                        done_reason=last.done_reason,
                    )
                await self._save_if_due(writer)
        return writer.take(MessageState.COMPLETE)

    async def _save_if_due(self, writer: ReplyWriter) -> None:
        due = writer.due_in()
        if due is None:
            return
        if due > 0:
            self._saves.schedule_flush(writer, self._background_save_failed)
            return
        self._saves.cancel_flush()
        await self._io(writer.write, writer.take())

    def _end(self, live: LiveReply, reply: Message, phase: ReplyPhase, error: str) -> Message:
        self._saves.cancel_flush()
        self._live = None
        self._task = None
        self._stop_requested = False
        stored = as_held(reply, live.writer)
        self._emit(ReplyEnded(self.conversation_id, stored, phase, error))
        return stored

    def _set_phase(self, live: LiveReply, phase: ReplyPhase) -> None:
        if live.phase is not phase:
            live.phase = phase
            self._emit(PhaseChanged(self.conversation_id, live.message_id, phase))

    def _background_save_failed(self, writer: ReplyWriter, error: BaseException) -> None:
        """A timed save failed while the stream stalled: end the reply as a failed save."""
        if not isinstance(error, StorageError):
            log.error("saving a reply failed", exc_info=error)
            return
        live = self._live
        if live is None or live.writer is not writer or self._task is None:
            return  # that reply already ended; its save is kept in store.pending
        self._save_failure = error
        self._task.cancel()

    def _emit(self, event: ChatEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a chat listener failed on %r", type(event).__name__)

    # --- titles ---------------------------------------------------------------------------

    def _start_auto_title(self, conversation: Conversation, user: Message, reply: Message) -> None:
        if not reply.content.strip():
            return
        self.title_task = self.context.tasks.run(
            self._auto_title(conversation, user, reply), name="chat-auto-title"
        )

    async def _auto_title(self, conversation: Conversation, user: Message, reply: Message) -> None:
        """Ask the model for a short title; on any failure the fallback title stays."""
        current = await self._io(self.store.conversations.get, self.conversation_id)
        if current is None or current.title_source not in (TitleSource.NONE, TitleSource.FALLBACK):
            return
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
        if not title:
            return
        try:
            changed = await self._io(
                self.store.conversations.set_generated_title,
                self.conversation_id,
                title,
                TitleSource.AUTO,
            )
        except StorageError as exc:
            log.info("the automatic title could not be saved: %s (%s)", exc, exc.detail)
            return
        if changed:
            self._emit(TitleChanged(self.conversation_id, title))
