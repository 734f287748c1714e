"""Storage, file and keyring work off the GUI thread: one worker thread, results on the loop.

The GUI thread runs Qt and the asyncio loop together (qasync), so anything that can block —
an SQLite query, writing a file, a keyring call — freezes the window while it runs. Every such
piece of work goes through :class:`Operations` instead:

    chats = await operations.call(store.conversations.list)          # from async code
    operations.run(lambda: store.search(text), on_success=show_hits)  # from a widget

There is exactly one worker thread, so the work runs in the order it was asked for and SQLite
keeps a single writer: the store's connection is only ever used from that thread once the app
runs. Results and failures come back on the loop's thread, where widgets may be touched.
``subscribe``/``notify`` carry "something changed" events (a topic and an optional payload)
so views refresh themselves instead of being refreshed by hand. Modelled on Anki's
``CollectionOp``/``QueryOp``; see docs/architecture.md.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
Listener = Callable[[Any], None]
FailureHandler = Callable[[BaseException], None]

WORKER_NAME = "paddock-io"


class OperationsClosed(RuntimeError):
    """Work was asked for after :meth:`Operations.close` (the app is shutting down)."""


class Operations:
    """Runs blocking work on one worker thread and reports back on the asyncio loop."""

    def __init__(self, report: FailureHandler | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WORKER_NAME)
        self._listeners: defaultdict[str, list[Listener]] = defaultdict(list)
        self._report = report
        self._closed = False
        self._worker_ident: int | None = None

    def set_reporter(self, report: FailureHandler | None) -> None:
        """Where failures without their own handler go (the window's problem bar)."""
        self._report = report

    @property
    def closed(self) -> bool:
        return self._closed

    def on_worker(self) -> bool:
        """True when called from the worker thread (work must not wait for other work)."""
        return threading.get_ident() == self._worker_ident

    # --- asking for work --------------------------------------------------------------------

    def submit(self, work: Callable[..., T], *args: Any) -> Future[T]:
        """Queue ``work(*args)``; the thread-level future. Prefer ``call`` or ``run``."""
        if self._closed:
            raise OperationsClosed("Paddock is closing; no new work is started")
        return self._executor.submit(self._on_thread, work, *args)

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        """Run ``work(*args)`` on the worker thread and return its result (or raise its error).

        Cancelling the awaiting task does not stop work that already started; its result is
        then dropped.
        """
        return await asyncio.wrap_future(self.submit(work, *args))

    def run(
        self,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureHandler | None = None,
        changes: tuple[str, ...] = (),
    ) -> asyncio.Future[T]:
        """Start ``work`` and call back on the loop: ``on_success(result)`` or ``on_failure``.

        After a success, every topic in ``changes`` is notified (with no payload), so the views
        that show that data refresh. A failure without ``on_failure`` goes to the reporter.
        """
        future = asyncio.wrap_future(self.submit(work))

        def finished(done: asyncio.Future[T]) -> None:
            if done.cancelled():
                return
            error = done.exception()
            if error is not None:
                self._fail(error, on_failure)
                return
            if on_success is not None:
                on_success(done.result())
            for topic in changes:
                self.notify(topic)

        future.add_done_callback(finished)
        return future

    def wait(self, work: Callable[..., T], *args: Any) -> T:
        """Run ``work`` and block until it is done: only for start-up and shutdown, where the
        window is not yet (or no longer) shown and the order of work must hold."""
        if self.on_worker():
            return work(*args)
        return self.submit(work, *args).result()

    # --- change events ----------------------------------------------------------------------

    def subscribe(self, topic: str, listener: Listener) -> Callable[[], None]:
        """Call ``listener(payload)`` on the loop whenever ``topic`` changes; returns an
        unsubscribe function."""
        self._listeners[topic].append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners[topic]:
                self._listeners[topic].remove(listener)

        return unsubscribe

    def notify(self, topic: str, payload: Any = None) -> None:
        """Tell the listeners of ``topic``; one failing listener never stops the others."""
        for listener in list(self._listeners[topic]):
            try:
                listener(payload)
            except Exception as error:
                self._fail(error, None)

    # --- the end ----------------------------------------------------------------------------

    def close(self) -> None:
        """Finish the work already queued, then stop the thread. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=True)

    # --- internals --------------------------------------------------------------------------

    def _on_thread(self, work: Callable[..., T], *args: Any) -> T:
        self._worker_ident = threading.get_ident()
        return work(*args)

    def _fail(self, error: BaseException, handler: FailureHandler | None) -> None:
        if handler is not None:
            handler(error)
        elif self._report is not None:
            self._report(error)
        else:
            log.error("background operation failed", exc_info=error)
