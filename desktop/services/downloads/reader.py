"""Read a pull's progress lines on a worker thread and hand them to the loop in batches.

A pull can send thousands of progress lines a second (several pulls at once, a fast link),
each its own HTTP chunk. Waking the event loop per line costs a Qt event and a task step
each — measured at about a quarter of a CPU core at 1,500 lines/s — and reading the socket
line by line costs a system call per line. So this reader:

- wakes the loop at most once per ``interval`` (100 ms), and at once for the last line, an
  error or the end, handing over every line that arrived meanwhile;
- when a read had to wait for the network (the buffer was empty), rests ``pace`` seconds
  (50 ms) before reading on, so the next read collects many lines in one system call. Lines
  wait in the socket's buffer meanwhile (a few kilobytes), so the server is never held up.

The lines themselves are parsed by the client's blocking stream; cancelling is ``close()``,
which aborts the connection from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import AsyncIterator

from desktop.ollama.client import Stream
from desktop.ollama.types import ProgressEvent

BATCH_INTERVAL = 0.1
READ_PACE = 0.05
# A gap longer than this between two lines means the read waited on the network.
WAITED = 0.0003


class BatchedPull(AsyncIterator[list[ProgressEvent]]):
    """``async for batch in BatchedPull(stream)``: lists of events, ≤ 1/interval per second."""

    def __init__(
        self,
        stream: Stream[ProgressEvent],
        *,
        interval: float = BATCH_INTERVAL,
        pace: float = READ_PACE,
    ) -> None:
        self._stream = stream
        self._interval = interval
        self._pace = pace
        self._items: deque[ProgressEvent] = deque()  # appended by the worker, drained here
        self._finished = False
        self._error: BaseException | None = None
        self._wake_scheduled = False
        self._last_wake = 0.0
        self._waiter: asyncio.Future[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.lines = 0

    def __aiter__(self) -> BatchedPull:
        return self

    async def __anext__(self) -> list[ProgressEvent]:
        if self._thread is None:
            self._loop = asyncio.get_running_loop()
            self._last_wake = time.monotonic()
            self._thread = threading.Thread(target=self._read, name="pull-reader", daemon=True)
            self._thread.start()
        assert self._loop is not None
        items = self._items
        while True:
            if items:
                return [items.popleft() for _ in range(len(items))]
            if self._finished:
                if items:  # the last lines arrived just before the end
                    continue
                error, self._error = self._error, None
                if error is not None:
                    raise error
                raise StopAsyncIteration
            self._waiter = self._loop.create_future()
            if items or self._finished:  # arrived while the waiter was being made
                self._waiter = None
                continue
            try:
                await self._waiter
            except asyncio.CancelledError:
                self.close()
                raise
            finally:
                self._waiter = None

    def close(self) -> None:
        """Abort the connection now (safe from any thread, more than once)."""
        self._stream.close()

    async def aclose(self) -> None:
        self.close()

    # --- worker thread ----------------------------------------------------------------------

    def _read(self) -> None:
        append = self._items.append
        monotonic = time.monotonic
        previous = monotonic()
        try:
            for event in self._stream:
                now = monotonic()
                self.lines += 1
                append(event)
                if not self._wake_scheduled or event.status == "success":
                    self._want_wake(urgent=event.status == "success")
                if now - previous > WAITED and self._pace:
                    time.sleep(self._pace)  # let lines gather: one read for many
                    now = monotonic()
                previous = now
        except BaseException as exc:
            if not self._stream.closed:
                self._error = exc
        finally:
            self._finished = True
            self._want_wake(urgent=True)

    def _want_wake(self, *, urgent: bool) -> None:
        """Ask the loop to wake the consumer: now, or when the interval since the last is up.

        Lock-free: ``_wake`` clears the flag before it wakes the consumer, so a line appended
        after the consumer's last look always finds the flag clear and asks again.
        """
        self._wake_scheduled = True
        delay = 0.0 if urgent else max(0.0, self._interval - (time.monotonic() - self._last_wake))
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed: nobody is listening
                loop.call_soon_threadsafe(self._wake_after, delay)

    # --- loop thread ------------------------------------------------------------------------

    def _wake_after(self, delay: float) -> None:
        assert self._loop is not None
        if delay > 0:
            self._loop.call_later(delay, self._wake)
        else:
            self._wake()

    def _wake(self) -> None:
        self._wake_scheduled = False
        self._last_wake = time.monotonic()
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
