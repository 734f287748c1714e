"""The one bridge from a worker thread to the asyncio loop: a bounded, batched channel.

Chat and generate streams, pull/push/create progress and upload progress all cross from a
blocking worker thread to the loop here, so the subtle parts live in one place:

- **Wakes cost a loop pass** (a Qt event under qasync). The worker wakes the loop only when the
  consumer is waiting and no wake is already due; a consumer that is busy elsewhere costs none.
  With ``interval`` > 0 the wakes come at most once per interval (progress lines arrive by the
  thousand; the screen wants a few frames a second), while an ``urgent`` item, an error and the
  end wake the consumer at once.
- **Bounded.** The worker pauses when ``capacity`` items wait and resumes once the consumer has
  taken the queue below half of that: a slow consumer slows the worker, memory stays flat.
- **Either side may leave.** ``finish`` is the worker's end (with an error or not). ``close`` is
  the consumer's: a paused worker resumes at once, its next ``put`` returns False, ``on_close``
  runs (a stream aborts its connection there) and the consumer's next read ends.

No locks on the hot path: each side writes its own state first and reads the other's after, so
whichever side runs second sees what the first did (docs/architecture.md, "Threads and the
async model"). The pause handshake depends on that too:
the consumer releases the worker only when it sees it paused, and may drain everything between
the worker's length check and its pause; so the worker looks again after pausing, or both would
wait for each other forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Generic, TypeVar

T = TypeVar("T")

DEFAULT_CAPACITY = 50_000


class Channel(Generic[T]):
    """Items from one worker thread (``put``/``finish``) to one consumer on the loop."""

    def __init__(
        self,
        *,
        capacity: int = DEFAULT_CAPACITY,
        interval: float = 0.0,
        on_close: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if capacity < 1:
            raise ValueError("a channel needs room for at least one item")
        self._capacity = capacity
        self._resume_below = max(1, capacity // 2)
        self._interval = interval
        self._on_close = on_close
        self._clock = clock
        self._items: deque[T] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._wake_pending = False
        self._last_wake = 0.0
        self._finished = False
        self._closed = False
        self._error: BaseException | None = None
        self._space = threading.Event()
        self._space.set()

    @property
    def closed(self) -> bool:
        """The consumer has left: the worker should stop."""
        return self._closed

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def pending(self) -> int:
        """Items handed over and not yet taken."""
        return len(self._items)

    @property
    def paused(self) -> bool:
        """The worker waits for the consumer to take items (the channel is full)."""
        return not self._space.is_set()

    def bind(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """The loop to wake (the running one by default); call before the worker starts."""
        if self._loop is None:
            self._loop = loop if loop is not None else asyncio.get_running_loop()
            self._last_wake = self._clock()

    # --- worker side ------------------------------------------------------------------------

    def put(self, item: T, *, urgent: bool = False) -> bool:
        """Hand ``item`` over; blocks while the channel is full. False: the consumer has left."""
        if self._closed:
            return False
        items = self._items
        items.append(item)
        if self._waiter is not None and (urgent or not self._wake_pending):
            self._request_wake(urgent)
        if len(items) >= self._capacity:
            self._pause_while_full()
        return not self._closed

    def finish(self, error: BaseException | None = None) -> None:
        """No more items; ``error`` (if any) reaches the consumer after the items before it."""
        if error is not None and not self._closed:
            self._error = error
        self._finished = True
        self._call_soon(self._wake)

    def _request_wake(self, urgent: bool) -> None:
        self._wake_pending = True
        if urgent or not self._interval:
            self._call_soon(self._wake)
            return
        delay = self._last_wake + self._interval - self._clock()
        if delay > 0:
            self._call_soon(self._wake_later, delay)
        else:
            self._call_soon(self._wake)

    def _pause_while_full(self) -> None:
        self._space.clear()
        if len(self._items) >= self._resume_below and not self._closed:
            self._space.wait()

    def _call_soon(self, callback: Callable[..., None], *args: float) -> None:
        loop = self._loop
        if loop is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop already closed: nobody is listening
            loop.call_soon_threadsafe(callback, *args)

    # --- loop side --------------------------------------------------------------------------

    async def get(self) -> T:
        """The next item; raises the worker's error, or ``StopAsyncIteration`` at the end."""
        items = self._items
        while True:
            if items and not self._closed:
                item = items.popleft()
                if not self._space.is_set() and len(items) < self._resume_below:
                    self._space.set()
                return item
            await self._wait()

    async def get_batch(self, limit: int = 4096) -> list[T]:
        """Every item that has arrived (at least one, at most ``limit``), in order."""
        items = self._items
        while True:
            if items and not self._closed:
                batch = [items.popleft() for _ in range(min(limit, len(items)))]
                if not self._space.is_set() and len(items) < self._resume_below:
                    self._space.set()
                return batch
            await self._wait()

    def batches(self, limit: int = 4096, *, owner: object = None) -> AsyncIterator[list[T]]:
        """``async for batch in channel.batches()``: what ``get_batch`` returns, to the end.

        ``owner`` is kept alive as long as the iterator (a stream that closes when dropped)."""
        return _Batches(self, limit, owner)

    def close(self) -> None:
        """The consumer leaves (safe from any thread, more than once): the worker stops."""
        if self._closed:
            return
        self._closed = True
        self._error = None
        self._space.set()
        if self._on_close is not None:
            self._on_close()

    async def _wait(self) -> None:
        """Return when items may have arrived; raise at the end."""
        if self._closed:
            self._items.clear()
            raise StopAsyncIteration
        if self._finished and not self._items:
            if self._error is not None:
                error, self._error = self._error, None
                raise error
            raise StopAsyncIteration
        if self._finished:
            return
        self.bind()
        assert self._loop is not None
        waiter = self._loop.create_future()
        self._waiter = waiter
        if self._items or self._finished:
            # The worker wakes the loop only for a waiting consumer; it may have added items
            # after our caller looked and before the waiter existed.
            self._waiter = None
            return
        try:
            await waiter
        except asyncio.CancelledError:
            self.close()
            raise
        finally:
            self._waiter = None

    def _wake_later(self, delay: float) -> None:
        assert self._loop is not None
        self._loop.call_later(delay, self._wake)

    def _wake(self) -> None:
        self._wake_pending = False
        self._last_wake = self._clock()
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


class _Batches(AsyncIterator[list[T]]):
    def __init__(self, channel: Channel[T], limit: int, owner: object) -> None:
        self._channel = channel
        self._limit = limit
        self._owner = owner

    async def __anext__(self) -> list[T]:
        return await self._channel.get_batch(self._limit)
