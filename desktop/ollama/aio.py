"""The asyncio face of :class:`OllamaClient`.

``requests`` blocks, so every call runs in a worker thread and the event loop (Qt's, via qasync)
stays free. Streams become async iterators: a worker thread reads and parses the chunks and
queues them; it wakes the loop with ``call_soon_threadsafe`` only when the consumer is waiting
for chunks and no wake is already due (each wake costs a Qt event; a consumer that is busy
elsewhere costs none). Cancelling the task that consumes a stream aborts its connection at once;
the server then stops generating.

No Qt here: any asyncio loop will do, which keeps this testable headless.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import os
import socket
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from desktop.ollama import transport
from desktop.ollama.client import OllamaClient, ProgressCallback, Stream
from desktop.ollama.types import (
    ChatChunk,
    EmbedResponse,
    GenerateChunk,
    Message,
    ModelInfo,
    ProgressEvent,
    RunningModel,
    ShowResponse,
)

T = TypeVar("T")
R = TypeVar("R")


class UploadCancelled(Exception):
    """Raised inside the upload worker to stop it after the awaiting task was cancelled."""


# A reader far ahead of its consumer waits here instead of filling memory without bound.
MAX_PENDING_CHUNKS = 50_000
READER_NICENESS = 5


def _yield_cpu_to_gui() -> None:
    """Make the calling thread a little less urgent than the GUI thread (Linux: per thread).

    A fast stream keeps its reader busy parsing; on a machine with few cores the window's
    thread must still get the CPU first. Where threads can't be reniced this does nothing.
    """
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), READER_NICENESS)


class AsyncStream(Generic[T], AsyncIterator[T]):
    """Chunks of one streaming response, read by a worker thread, consumed with ``async for``.

    The request starts at the first ``__anext__`` (or ``async with``). Leaving the loop early,
    ``aclose()`` and cancelling the consuming task all close the connection.
    """

    def __init__(
        self,
        stream: Stream[T],
        loop: asyncio.AbstractEventLoop | None = None,
        *,
        max_pending: int = MAX_PENDING_CHUNKS,
    ) -> None:
        self._stream = stream
        self._loop = loop
        self._max_pending = max_pending
        # The reader, once paused, resumes when the consumer has taken it below this.
        self._resume_below = max(1, max_pending // 2)
        self._items: deque[T] = deque()
        self._wake_pending = False
        self._waiter: asyncio.Future[None] | None = None
        self._finished = False
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._space = threading.Event()
        self._space.set()

    @property
    def stream(self) -> Stream[T]:
        """The blocking stream underneath (its ``malformed_lines``, ``response``...)."""
        return self._stream

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __aenter__(self) -> AsyncStream[T]:
        self._start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def __anext__(self) -> T:
        self._start()
        while True:
            if self._items:
                item = self._items.popleft()
                self._make_space()
                return item
            await self._wait_for_items()

    async def next_batch(self, limit: int = 4096) -> list[T]:
        """Every chunk that has arrived (at least one, at most ``limit``), in order.

        For consumers that handle a run of chunks at once (a chat joins their text): the loop
        then does its work once per batch instead of once per chunk. Raises
        ``StopAsyncIteration`` at the end, like ``__anext__``."""
        self._start()
        items = self._items
        while True:
            if items:
                batch = [items.popleft() for _ in range(min(limit, len(items)))]
                self._make_space()
                return batch
            await self._wait_for_items()

    def _make_space(self) -> None:
        """Let a paused reader go on once the consumer has taken enough."""
        if len(self._items) < self._resume_below and not self._space.is_set():
            self._space.set()

    def _pause_while_full(self) -> None:
        """Reader thread: wait for the consumer to drain the queue.

        The consumer sets ``_space`` only when it sees it clear, and it may drain everything
        between our length check and our ``clear()``; so look again after clearing, or both
        sides would wait for each other forever."""
        self._space.clear()
        if len(self._items) >= self._resume_below:
            self._space.wait()

    async def _wait_for_items(self) -> None:
        """Return when items may have arrived; raise at the end of the stream."""
        if self._finished and not self._items:
            if self._error is not None:
                error, self._error = self._error, None
                raise error
            raise StopAsyncIteration
        if self._finished:
            return
        assert self._loop is not None
        self._waiter = self._loop.create_future()
        if self._items or self._finished:
            # The reader wakes the loop only for a waiting consumer; it may have added items
            # after our caller looked and before the waiter existed.
            self._waiter = None
            return
        try:
            await self._waiter
        except asyncio.CancelledError:
            self.close()
            raise
        finally:
            self._waiter = None

    def close(self) -> None:
        """Abort the connection now; safe to call more than once, from the loop's thread."""
        self._stream.close()
        self._space.set()

    async def aclose(self) -> None:
        self.close()

    def _start(self) -> None:
        if self._thread is not None:
            return
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._read, name="ollama-stream", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        """Worker thread: iterate the blocking stream and hand chunks to the loop."""
        _yield_cpu_to_gui()
        items = self._items
        try:
            for item in self._stream:
                items.append(item)
                if self._waiter is not None and not self._wake_pending:
                    self._wake_pending = True
                    self._call_soon(self._wake)
                if len(items) >= self._max_pending:
                    self._pause_while_full()
                if self._stream.closed:
                    break
        except BaseException as exc:
            if not self._stream.closed:
                self._error = exc
        finally:
            self._finished = True
            self._call_soon(self._wake)

    def _call_soon(self, callback: Callable[[], None]) -> None:
        assert self._loop is not None
        with contextlib.suppress(RuntimeError):  # the loop already closed: nobody is listening
            self._loop.call_soon_threadsafe(callback)

    def _wake(self) -> None:
        self._wake_pending = False
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


class AsyncOllamaClient:
    """Awaitable methods over one :class:`OllamaClient`; streams are :class:`AsyncStream`.

    Method names and arguments mirror the blocking client. Plain calls run on a small thread
    pool of their own, so a slow server cannot starve the loop's default executor; a cancelled
    call aborts its connection too.
    """

    def __init__(self, client: OllamaClient, *, max_workers: int = 8) -> None:
        self.client = client
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=max_workers, thread_name_prefix="ollama-call"
        )

    @property
    def base_url(self) -> str:
        return self.client.base_url

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.client.close()

    async def _call(self, function: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        loop = asyncio.get_running_loop()
        sockets: list[socket.socket] = []
        abandoned = threading.Event()

        def run() -> R:
            if abandoned.is_set():
                raise asyncio.CancelledError
            transport.watch_sockets(sockets.append)
            try:
                return function(*args, **kwargs)
            finally:
                transport.watch_sockets(None)

        future = loop.run_in_executor(self._executor, run)
        try:
            return await future
        except asyncio.CancelledError:
            abandoned.set()
            for sock in sockets:
                transport.abort_socket(sock)
            raise

    # --- plain calls ----------------------------------------------------------------------

    async def version(self) -> str:
        return await self._call(self.client.version)

    async def list_models(self) -> list[ModelInfo]:
        return await self._call(self.client.list_models)

    async def running_models(self) -> list[RunningModel]:
        return await self._call(self.client.running_models)

    async def show(self, model: str, *, verbose: bool = False) -> ShowResponse:
        return await self._call(self.client.show, model, verbose=verbose)

    async def copy(self, source: str, destination: str) -> None:
        await self._call(self.client.copy, source, destination)

    async def delete(self, model: str) -> None:
        await self._call(self.client.delete, model)

    async def blob_exists(self, digest: str) -> bool:
        return await self._call(self.client.blob_exists, digest)

    async def model_recommendations(self) -> dict[str, Any]:
        return await self._call(self.client.model_recommendations)

    async def upload_blob(self, path: str, *, progress: ProgressCallback | None = None) -> str:
        """Upload a blob; ``progress`` is called on the loop's thread, never the worker's.

        Cancelling stops the work at once, hashing included: the worker checks between blocks.
        """
        loop = asyncio.get_running_loop()
        cancelled = threading.Event()

        def relay(stage: str, done: int, total: int) -> None:
            if cancelled.is_set():
                raise UploadCancelled
            if progress is not None:
                loop.call_soon_threadsafe(progress, stage, done, total)

        try:
            return await self._call(
                functools.partial(self.client.upload_blob, progress=relay), path
            )
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def embed(self, model: str, input: str | Sequence[str]) -> EmbedResponse:
        return await self._call(self.client.embed, model, input)

    async def generate_once(self, model: str, prompt: str = "", **fields: Any) -> GenerateChunk:
        """``generate`` with ``stream: false``: one awaited answer."""
        result = await self._call(self.client.generate, model, prompt, stream=False, **fields)
        assert isinstance(result, GenerateChunk)
        return result

    async def chat_once(
        self, model: str, messages: Sequence[Message | Mapping[str, Any]], **fields: Any
    ) -> ChatChunk:
        """``chat`` with ``stream: false``: one awaited answer."""
        result = await self._call(self.client.chat, model, messages, stream=False, **fields)
        assert isinstance(result, ChatChunk)
        return result

    # --- streams --------------------------------------------------------------------------

    def generate(self, model: str, prompt: str = "", **fields: Any) -> AsyncStream[GenerateChunk]:
        stream = self.client.generate(model, prompt, stream=True, **fields)
        assert isinstance(stream, Stream)
        return AsyncStream(stream)

    def chat(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]],
        *,
        max_pending: int = MAX_PENDING_CHUNKS,
        **fields: Any,
    ) -> AsyncStream[ChatChunk]:
        """``max_pending``: how far the reader may run ahead of the consumer (in chunks)."""
        stream = self.client.chat(model, messages, stream=True, **fields)
        assert isinstance(stream, Stream)
        return AsyncStream(stream, max_pending=max_pending)

    def pull(self, model: str, *, insecure: bool = False) -> AsyncStream[ProgressEvent]:
        return AsyncStream(self.client.pull(model, insecure=insecure))

    def push(self, model: str, *, insecure: bool = False) -> AsyncStream[ProgressEvent]:
        return AsyncStream(self.client.push(model, insecure=insecure))

    def create(self, model: str, **fields: Any) -> AsyncStream[ProgressEvent]:
        return AsyncStream(self.client.create(model, **fields))
