"""A thin Qt face for :class:`~desktop.services.chat.ChatSession`.

It turns the session's events into Qt signals for the widgets, and does two small things the
service leaves to its caller:

- **Reply text is buffered, not signalled per token.** The session reports every chunk;
  the adapter appends them to a buffer and emits ``text_arrived`` once per batch, and the view
  takes the whole batch once per frame.
- **The stream yields to Qt.** A fast server fills the stream's queue faster than a coroutine
  empties it, and ``async for`` over a full queue never suspends: the GUI would freeze for the
  whole reply. :class:`CooperativeStream` takes at most one batch every few milliseconds and
  suspends in between, so Qt can paint and handle input. It also keeps the error that ended
  the stream, so the view can tell "not installed" (offer a download) from "server
  unreachable" (offer Retry).

Storage work runs on the operation runner (the context's, or one given), never on the GUI
thread; only ``close`` waits for its save, because the loop may not run again after it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.services.chat import (
    ChatEvent,
    ChatSession,
    PhaseChanged,
    ReplyDelta,
    ReplyEnded,
    ReplyStarted,
    SaveFailed,
    ThreadChanged,
    TitleChanged,
)
from desktop.services.chat.events import DocumentsProgress, SourcesChosen
from desktop.services.chat.runner import StorageRunner
from desktop.services.context import AppContext
from desktop.services.tasks import TaskRunner, plain_message
from desktop.storage import ChatStore

if TYPE_CHECKING:  # typed without importing requests at start
    from desktop.ollama.aio import AsyncOllamaClient

YIELD_AFTER = 0.004  # seconds of consuming before the stream lets Qt run
# At most one batch of chunks per this many seconds. The view draws every 33 ms, so nothing
# shows later; a fast stream costs the loop ~125 passes a second instead of one per few
# chunks, and the reader thread, left alone meanwhile, doesn't wake the loop at all.
BATCH_INTERVAL = 0.008
# How far the reader may run ahead. With one batch per 8 ms this allows ~60,000 chunks/s,
# a hundred times what a fast model writes. The reader parses while it holds the interpreter
# lock, so a longer lead takes that lock from the window: measured on two cores, 1,024 made
# a 20,000-token flood 20% quicker but the window's p99 stall 20 ms instead of 13 ms.
MAX_PENDING = 512


class CooperativeStream:
    """Wraps an ``AsyncStream``: same iteration, but lets the loop breathe; records errors."""

    def __init__(self, inner: Any, on_error: Callable[[BaseException], None]) -> None:
        self._inner = inner
        self._on_error = on_error
        self._since = time.perf_counter()
        self._last_batch = 0.0

    async def __aenter__(self) -> CooperativeStream:
        await self._inner.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._inner.__aexit__(*exc)

    def __aiter__(self) -> CooperativeStream:
        return self

    async def __anext__(self) -> Any:
        await self._breathe()
        try:
            return await self._inner.__anext__()
        except StopAsyncIteration:
            raise
        except Exception as exc:
            self._on_error(exc)
            raise

    async def next_batch(self) -> list[Any]:
        """Every chunk that arrived since the last call (see ``AsyncStream.next_batch``), at
        most one batch per ``BATCH_INTERVAL``."""
        wait = self._last_batch + BATCH_INTERVAL - time.perf_counter()
        if wait > 0:
            await asyncio.sleep(wait)
            self._since = time.perf_counter()
        else:
            await self._breathe()
        try:
            batch = await self._inner.next_batch()
            self._last_batch = time.perf_counter()
            return batch
        except StopAsyncIteration:
            raise
        except Exception as exc:
            self._on_error(exc)
            raise

    async def _breathe(self) -> None:
        if time.perf_counter() - self._since >= YIELD_AFTER:
            await asyncio.sleep(0)
            self._since = time.perf_counter()

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


class CooperativeClient:
    """The context's current client (read at each call: server switches just work), with
    ``chat`` streams made cooperative."""

    def __init__(self, client: Callable[[], AsyncOllamaClient]) -> None:
        self._client = client
        self.last_error: BaseException | None = None

    def chat(self, model: str, messages: Sequence[Any], **fields: Any) -> CooperativeStream:
        self.last_error = None
        try:
            stream = self._client().chat(model, messages, max_pending=MAX_PENDING, **fields)
        except Exception as exc:
            self.last_error = exc
            raise
        return CooperativeStream(stream, self._remember)

    def _remember(self, error: BaseException) -> None:
        self.last_error = error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client(), name)


class SessionContext:
    """What the session reads from the app context, with the cooperative client."""

    def __init__(self, context: AppContext, client: CooperativeClient) -> None:
        self._context = context
        self.ollama = client

    @property
    def tasks(self) -> TaskRunner:
        return self._context.tasks

    @property
    def data_dir(self) -> Path:
        return self._context.data_dir

    @property
    def documents(self) -> Any:
        return getattr(self._context, "documents", None)


class SessionAdapter(QObject):
    """One open conversation's session, with signals. The view owns one at a time."""

    reply_started = Signal(object)  # ReplyStarted
    phase_changed = Signal(object)  # PhaseChanged
    text_arrived = Signal()  # new text is buffered: take it with take_text() at the next frame
    reply_ended = Signal(object)  # ReplyEnded
    title_changed = Signal(object)  # TitleChanged
    thread_changed = Signal(object)  # ThreadChanged
    failed = Signal(str)  # a request the session refused or that failed outright: plain words
    # A message that was not sent (nothing saved, e.g. the disk is full): give it back to the
    # composer so nothing the user wrote is lost. (text, images)
    unsent = Signal(str, object)
    busy_changed = Signal(bool)
    documents_progress = Signal(object)  # DocumentsProgress
    sources_chosen = Signal(object)  # SourcesChosen

    def __init__(
        self,
        context: AppContext,
        store: ChatStore,
        conversation_id: int,
        parent: QObject | None = None,
        *,
        operations: StorageRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.client = CooperativeClient(lambda: context.ollama)
        self.session = ChatSession(
            SessionContext(context, self.client),  # type: ignore[arg-type]
            store,
            conversation_id,
            operations=operations or getattr(context, "operations", None),
        )
        self._unsubscribe = self.session.subscribe(self._on_event)
        self._content: list[str] = []
        self._thinking: list[str] = []
        self.live_message_id: int | None = None
        self.task: asyncio.Task[Any] | None = None

    @property
    def conversation_id(self) -> int:
        return self.session.conversation_id

    @property
    def busy(self) -> bool:
        return self.session.busy

    @property
    def last_error(self) -> BaseException | None:
        return self.client.last_error

    # --- requests -----------------------------------------------------------------------------

    def send(self, text: str, images: Sequence[Any] = ()) -> asyncio.Task[Any]:
        """Send; if the message can't even be saved, it comes back through ``unsent``."""
        images = list(images)
        started: list[bool] = []

        def on_event(event: ChatEvent) -> None:
            if isinstance(event, ReplyStarted):
                started.append(True)

        unsubscribe = self.session.subscribe(on_event)

        async def send() -> Any:
            try:
                return await self.session.send(text, images)
            except Exception:
                if not started:
                    self.unsent.emit(text, images)
                raise
            finally:
                unsubscribe()

        return self._run(send(), "chat-send")

    def regenerate(self, message_id: int | None = None) -> asyncio.Task[Any]:
        return self._run(self.session.regenerate(message_id), "chat-regenerate")

    def edit_and_resend(
        self, message_id: int, text: str, images: Sequence[Any] | None = None
    ) -> asyncio.Task[Any]:
        return self._run(self.session.edit_and_resend(message_id, text, images), "chat-edit")

    def step_version(self, message_id: int, step: int) -> asyncio.Task[Any]:
        return self._run(self.session.step_version(message_id, step), "chat-version")

    def delete_message(self, message_id: int) -> asyncio.Task[Any]:
        return self._run(self.session.delete_message(message_id), "chat-delete")

    def stop(self) -> None:
        self.session.stop()

    def close(self) -> None:
        """Save the reply being written before returning (as interrupted), then stop it."""
        self._unsubscribe()
        self.session.close()

    def _run(self, coroutine: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        self.task = self.context.tasks.run(coroutine, name=name, on_error=self._failed)
        return self.task

    def _failed(self, error: BaseException) -> None:
        message = getattr(error, "message", None) or plain_message(error)
        if not getattr(error, "message", None):
            self.context.tasks.report(error)  # unexpected: logged with its traceback
        self.failed.emit(str(message))

    # --- the buffered text ----------------------------------------------------------------------

    def take_text(self) -> tuple[str, str]:
        """(content, thinking) that arrived since the last call."""
        content = "".join(self._content)
        thinking = "".join(self._thinking)
        self._content.clear()
        self._thinking.clear()
        return content, thinking

    @property
    def has_text(self) -> bool:
        return bool(self._content or self._thinking)

    # --- events ---------------------------------------------------------------------------------

    def _on_event(self, event: ChatEvent) -> None:
        if isinstance(event, ReplyDelta):
            empty = not (self._content or self._thinking)
            if event.content:
                self._content.append(event.content)
            if event.thinking:
                self._thinking.append(event.thinking)
            if empty:
                self.text_arrived.emit()
        elif isinstance(event, PhaseChanged):
            self.phase_changed.emit(event)
        elif isinstance(event, ReplyStarted):
            self._content.clear()
            self._thinking.clear()
            self.live_message_id = event.reply.id
            self.reply_started.emit(event)
            self.busy_changed.emit(True)
        elif isinstance(event, ReplyEnded):
            self.reply_ended.emit(event)
            self.live_message_id = None
            self.busy_changed.emit(False)
        elif isinstance(event, TitleChanged):
            self.title_changed.emit(event)
        elif isinstance(event, ThreadChanged):
            self.thread_changed.emit(event)
        elif isinstance(event, SaveFailed):
            self.failed.emit(event.message)
        elif isinstance(event, DocumentsProgress):
            self.documents_progress.emit(event)
        elif isinstance(event, SourcesChosen):
            self.sources_chosen.emit(event)
