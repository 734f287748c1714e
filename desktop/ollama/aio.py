"""The asyncio face of :class:`OllamaClient`.

``requests`` blocks, so every call runs in a worker thread and the event loop (Qt's, via qasync)
stays free. Streams become async iterators: a worker thread reads and parses the chunks and hands
them over through a :class:`~desktop.ollama.channel.Channel` (bounded, batched, waking the loop
only for a waiting consumer). Pulls, pushes, creates and uploads go through the same channel,
paced for progress. Cancelling the task that consumes a stream aborts its connection at once;
the server then stops generating.

No Qt here: any asyncio loop will do, which keeps this testable headless.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from desktop.ollama import transport
from desktop.ollama.channel import DEFAULT_CAPACITY, Channel
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
MAX_PENDING_CHUNKS = DEFAULT_CAPACITY
READER_NICENESS = 5
# Progress streams (pull, push, create) wake their consumer at most this often...
PROGRESS_INTERVAL = 0.1
# ...and, when a read had to wait for the network, their reader rests this long before reading
# on, so the next read collects many lines in one system call. Lines wait in the socket's
# buffer meanwhile (a few kilobytes): the server is never held up.
READ_PACE = 0.05
# A gap longer than this between two lines means the read waited on the network.
WAITED = 0.0003
# Upload progress reaches the loop at most this often (and at every stage's start and end).
UPLOAD_PROGRESS_EVERY = 0.05
UPLOAD_PROGRESS_PENDING = 256


def _yield_cpu_to_gui() -> None:
    """Make the calling thread a little less urgent than the GUI thread (Linux: per thread).

    A fast stream keeps its reader busy parsing; on a machine with few cores the window's
    thread must still get the CPU first. Where threads can't be reniced this does nothing.
    """
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), READER_NICENESS)


class _Reader(Generic[T]):
    """The worker thread's side of a stream. It holds the channel and the blocking stream, never
    the :class:`AsyncStream`, so a stream its consumer dropped can be collected (and closed)."""

    def __init__(
        self,
        stream: Stream[T],
        channel: Channel[T],
        *,
        pace: float,
        urgent: Callable[[T], bool] | None,
    ) -> None:
        self.stream = stream
        self.channel = channel
        self.pace = pace
        self.urgent = urgent
        self.received = 0

    def run(self) -> None:
        _yield_cpu_to_gui()
        error: BaseException | None = None
        try:
            if self.pace or self.urgent is not None:
                self._read_paced()
            else:
                self._read()
        except BaseException as exc:
            if not self.stream.closed:
                error = exc
        finally:
            self.channel.finish(error)

    def _read(self) -> None:
        """As fast as the chunks come (a chat): every cost here is paid per token."""
        put = self.channel.put
        for item in self.stream:
            self.received += 1
            if not put(item):
                return

    def _read_paced(self) -> None:
        """Progress lines: urgent ones wake the consumer at once; after a read that waited on
        the network, rest ``pace`` seconds so the next read gathers many lines."""
        put = self.channel.put
        urgent = self.urgent
        monotonic = time.monotonic
        previous = monotonic()
        for item in self.stream:
            now = monotonic()
            self.received += 1
            if not put(item, urgent=urgent is not None and urgent(item)):
                return
            if self.pace and now - previous > WAITED:
                time.sleep(self.pace)
                now = monotonic()
            previous = now


class AsyncStream(Generic[T], AsyncIterator[T]):
    """Chunks of one streaming response, read by a worker thread, consumed with ``async for``.

    The request starts at the first ``__anext__`` (or ``async with``). Every way of leaving
    closes the connection and ends the reader: the end of ``async with``, ``aclose()``,
    cancelling the consuming task, and dropping the stream (``break`` out of a bare
    ``async for``: the stream is collected and closes itself).
    """

    def __init__(
        self,
        stream: Stream[T],
        loop: asyncio.AbstractEventLoop | None = None,
        *,
        max_pending: int = MAX_PENDING_CHUNKS,
        interval: float = 0.0,
        pace: float = 0.0,
        urgent: Callable[[T], bool] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._loop = loop
        self._channel: Channel[T] = Channel(
            capacity=max_pending, interval=interval, on_close=stream.close, clock=clock
        )
        self._reader = _Reader(stream, self._channel, pace=pace, urgent=urgent)
        self._thread: threading.Thread | None = None
        # Runs when the stream is collected (or at exit): a dropped stream stops its reader.
        weakref.finalize(self, self._channel.close)

    @property
    def stream(self) -> Stream[T]:
        """The blocking stream underneath (its ``malformed_lines``, ``response``...)."""
        return self._stream

    @property
    def received(self) -> int:
        """How many chunks the reader has taken from the server so far."""
        return self._reader.received

    @property
    def pending(self) -> int:
        """Chunks read and not yet taken by the consumer (at most ``max_pending``)."""
        return self._channel.pending

    @property
    def paused(self) -> bool:
        """The reader waits for the consumer: ``max_pending`` chunks are waiting."""
        return self._channel.paused

    @property
    def reader_alive(self) -> bool:
        """Whether the worker thread is still running (it ends soon after any close)."""
        return self._thread is not None and self._thread.is_alive()

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __aenter__(self) -> AsyncStream[T]:
        self._start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def __anext__(self) -> T:
        if self._thread is None:
            self._start()
        return await self._channel.get()

    async def next_batch(self, limit: int = 4096) -> list[T]:
        """Every chunk that has arrived (at least one, at most ``limit``), in order.

        For consumers that handle a run of chunks at once (a chat joins their text): the loop
        then does its work once per batch instead of once per chunk. Raises
        ``StopAsyncIteration`` at the end, like ``__anext__``."""
        if self._thread is None:
            self._start()
        return await self._channel.get_batch(limit)

    def batches(self, limit: int = 4096) -> AsyncIterator[list[T]]:
        """``async for batch in stream.batches()``: runs of chunks as ``next_batch`` gives."""
        if self._thread is None:
            self._start()
        return self._channel.batches(limit, owner=self)  # the stream lives while they are read

    def close(self) -> None:
        """Abort the connection now; safe to call more than once, from any thread."""
        self._channel.close()
        self._stream.close()

    async def aclose(self) -> None:
        self.close()

    def _start(self) -> None:
        if self._thread is not None:
            return
        self._channel.bind(self._loop)
        self._thread = threading.Thread(target=self._reader.run, name="ollama-stream", daemon=True)
        self._thread.start()


class AsyncOllamaClient:
    """Awaitable methods over one :class:`OllamaClient`; streams are :class:`AsyncStream`.

    Method names and arguments mirror the blocking client. Plain calls run on a small thread
    pool of their own, so a slow server cannot starve the loop's default executor; a cancelled
    call aborts its connection too.
    """

    def __init__(self, client: OllamaClient, *, max_workers: int = 8) -> None:
        self.client = client
        self._closed = False
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=max_workers, thread_name_prefix="ollama-call"
        )

    @property
    def base_url(self) -> str:
        return self.client.base_url

    def close(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.client.close()

    async def _call(self, function: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Run one call on the pool. A call on a closed client (it was replaced: another
        server was chosen while work for the old one was still under way) ends as cancelled,
        like the calls the close cancelled: its answer is moot, and it is no error."""
        if self._closed:
            raise asyncio.CancelledError
        loop = asyncio.get_running_loop()
        scope = transport.RequestScope()

        def run() -> R:
            if scope.aborted:
                raise asyncio.CancelledError
            with transport.scoped(scope):
                return function(*args, **kwargs)

        try:
            future = loop.run_in_executor(self._executor, run)
        except RuntimeError:  # closed just now, from another thread's point of view
            raise asyncio.CancelledError from None
        try:
            return await future
        except asyncio.CancelledError:
            # Shuts only a connection the call still holds: one it already gave back to the
            # pool may be carrying another request by now.
            scope.abort()
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

    async def upload_blob(
        self,
        path: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None = None,
        progress_every: float = UPLOAD_PROGRESS_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ) -> str:
        """Upload a blob; ``progress`` is called on the loop's thread, never the worker's.

        Progress comes at most every ``progress_every`` seconds, plus each stage's first and
        last figure. Cancelling stops the work at once, hashing included: the worker checks
        between blocks.
        """
        channel: Channel[tuple[str, int, int]] = Channel(capacity=UPLOAD_PROGRESS_PENDING)
        channel.bind()
        last: list[Any] = ["", -1, 0.0]  # stage, done and time of the last figure handed over

        def relay(stage: str, done: int, total: int) -> None:
            if channel.closed:
                raise UploadCancelled
            now = clock()
            if stage == last[0] and (
                done == last[1] or (done < total and now - last[2] < progress_every)
            ):
                return
            last[:] = [stage, done, now]
            channel.put((stage, done, total))

        def work() -> str:
            try:
                return self.client.upload_blob(path, progress=relay)
            finally:
                channel.finish()

        async def forward() -> None:
            try:
                async for batch in channel.batches():
                    if progress is not None:
                        for stage, done, total in batch:
                            progress(stage, done, total)
            except BaseException:
                channel.close()  # the worker must not wait for a reader that is gone
                raise

        forwarding = asyncio.ensure_future(forward())
        try:
            digest = await self._call(work)
        except BaseException as exc:
            channel.close()
            if forwarding.done() and not forwarding.cancelled() and forwarding.exception():
                raise forwarding.exception() from exc  # type: ignore[misc]
            forwarding.cancel()
            raise
        await forwarding
        return digest

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

    def pull(
        self, model: str, *, insecure: bool = False, **pacing: Any
    ) -> AsyncStream[ProgressEvent]:
        """Progress lines of a pull; see :meth:`progress_stream` for ``pacing``."""
        return self.progress_stream(self.client.pull(model, insecure=insecure), **pacing)

    def push(
        self, model: str, *, insecure: bool = False, **pacing: Any
    ) -> AsyncStream[ProgressEvent]:
        return self.progress_stream(self.client.push(model, insecure=insecure), **pacing)

    def create(self, model: str, **fields: Any) -> AsyncStream[ProgressEvent]:
        return self.progress_stream(self.client.create(model, **fields))

    @staticmethod
    def progress_stream(
        stream: Stream[ProgressEvent],
        *,
        interval: float = PROGRESS_INTERVAL,
        pace: float = READ_PACE,
        max_pending: int = MAX_PENDING_CHUNKS,
    ) -> AsyncStream[ProgressEvent]:
        """Progress lines come by the thousand a second (several pulls, a fast link): waking
        the loop for each costs a Qt event and a task step each (about a quarter of a core at
        1,500 lines/s), and reading the socket line by line a system call per line. So the
        consumer is woken at most every ``interval`` seconds (at once for ``success`` and at
        the end) and the reader rests ``pace`` seconds after a read that waited on the
        network. Take the lines a batch at a time with ``batches()``."""
        return AsyncStream(
            stream,
            max_pending=max_pending,
            interval=interval,
            pace=pace,
            urgent=_is_success,
        )


def _is_success(event: ProgressEvent) -> bool:
    return event.status == "success"
