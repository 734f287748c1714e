"""The download queue: a few pulls at a time, pause/resume/cancel/retry, kept across restarts.

Qt-free and asyncio-based. Pause closes the connection (there is no pause in the API); resume
pulls again and Ollama continues from its partial files. A stalled pull reconnects by itself a
few times before it fails in plain words. Listeners hear about every change; they decide how
often to redraw (the screen wants at most ~10 frames a second per item, the events come much
faster).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from desktop.ollama.errors import OllamaError, StreamBroken
from desktop.services.downloads import errors
from desktop.services.downloads.job import EndedEarly, Stalled, read_pull
from desktop.services.downloads.progress import Phase, PullProgress
from desktop.services.downloads.speed import SpeedMeter
from desktop.services.downloads.store import (
    MAX_ACTIVE_LIMIT,
    DownloadSettings,
    DownloadStore,
    SavedDownload,
    SavedQueue,
)
from desktop.services.models.names import name_key

if TYPE_CHECKING:  # the client is typed without importing requests at start
    from desktop.ollama.aio import AsyncOllamaClient

log = logging.getLogger(__name__)

STALL_TIMEOUT = 30.0
MAX_RECONNECTS = 3
# Progress is saved now and then so a crash shows roughly where a download was.
SAVE_PROGRESS_EVERY = 10.0


class State(Enum):
    QUEUED = "queued"
    ACTIVE = "active"
    PAUSED = "paused"
    FAILED = "failed"
    DONE = "done"
    CANCELLED = "cancelled"


UNFINISHED = (State.QUEUED, State.ACTIVE, State.PAUSED, State.FAILED)


class Change(Enum):
    ADDED = "added"
    STATE = "state"  # state, error, reconnects: redraw soon
    PROGRESS = "progress"  # bytes: redraw when the frame budget allows
    REMOVED = "removed"
    FINISHED = "finished"  # a pull reached success


@dataclass(eq=False)
class DownloadItem:
    """One model being (or to be) downloaded."""

    name: str
    insecure: bool = False
    state: State = State.QUEUED
    error: str = ""
    reconnects: int = 0
    reconnecting: bool = False
    waiting_for_click: bool = False
    # The registry only speaks plain HTTP: adding it again with "insecure" ticked would work.
    needs_insecure: bool = False
    added_at: float = field(default_factory=time.time)
    id: int = 0
    progress: PullProgress = field(default_factory=PullProgress)
    meter: SpeedMeter = field(default_factory=SpeedMeter)
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def phase(self) -> Phase:
        return self.progress.phase

    def saved(self) -> SavedDownload:
        return SavedDownload(
            name=self.name,
            insecure=self.insecure,
            state=self.state.value,
            completed=self.progress.shown_completed,
            total=self.progress.shown_total,
            error=self.error,
            added_at=self.added_at,
        )


Listener = Callable[[DownloadItem, Change], None]
ClientSource = Callable[[], "AsyncOllamaClient"]
Spawner = Callable[..., "asyncio.Task[Any]"]


class DownloadQueue:
    """Runs pulls through ``client()``; ``stall_timeout`` is a parameter so tests can be quick."""

    def __init__(
        self,
        client: ClientSource,
        store: DownloadStore,
        *,
        stall_timeout: float = STALL_TIMEOUT,
        max_reconnects: int = MAX_RECONNECTS,
        reconnect_delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._store = store
        self.stall_timeout = stall_timeout
        self.max_reconnects = max_reconnects
        self.reconnect_delay = (
            reconnect_delay if reconnect_delay is not None else min(2.0, stall_timeout / 10)
        )
        self._clock = clock
        self.settings = DownloadSettings()
        self.items: list[DownloadItem] = []
        self._listeners: list[Listener] = []
        self._ids = itertools.count(1)
        self._last_save = 0.0
        self._closed = False

    # --- observing ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _emit(self, item: DownloadItem, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(item, change)
            except Exception:  # a broken view must not break the download
                log.exception("download listener failed")

    @property
    def active_count(self) -> int:
        return sum(1 for item in self.items if item.state is State.ACTIVE)

    def find(self, name: str) -> DownloadItem | None:
        key = name_key(name)
        for item in self.items:
            if item.key == key and item.state in UNFINISHED:
                return item
        return None

    # --- restoring and saving -------------------------------------------------------------

    def restore(self) -> list[DownloadItem]:
        """Load the saved queue (once, at start): unfinished downloads come back.

        Items that were running or waiting resume by themselves when the user chose so;
        otherwise they wait, paused, for a click.
        """
        saved = self._store.load()
        self.settings = saved.settings
        restored = []
        for entry in saved.items:
            if self.find(entry.name) is not None:
                continue
            try:
                state = State(entry.state)
            except ValueError:
                continue
            if state not in UNFINISHED:
                continue
            item = DownloadItem(
                name=entry.name,
                insecure=entry.insecure,
                error=entry.error,
                added_at=entry.added_at or time.time(),
                id=next(self._ids),
                progress=PullProgress(entry.completed, entry.total),
                meter=SpeedMeter(clock=self._clock),
            )
            if state in (State.ACTIVE, State.QUEUED):
                if self.settings.resume_on_start:
                    item.state = State.QUEUED
                else:
                    item.state = State.PAUSED
                    item.waiting_for_click = True
            else:
                item.state = state
            self.items.append(item)
            restored.append(item)
            self._emit(item, Change.ADDED)
        self._schedule()
        return restored

    @property
    def restore_problem(self) -> str:
        """Plain words when the saved queue could not be read at start ("" otherwise)."""
        return self._store.problem

    def save(self) -> None:
        self._last_save = self._clock()
        items = [item.saved() for item in self.items if item.state in UNFINISHED]
        self._store.save(SavedQueue(self.settings, items))

    # --- commands -------------------------------------------------------------------------

    def add(self, name: str, *, insecure: bool = False) -> tuple[DownloadItem, bool]:
        """Queue ``name``; returns (item, True) or the unfinished item already queued, False."""
        existing = self.find(name)
        if existing is not None:
            if existing.state in (State.PAUSED, State.FAILED):
                existing.insecure = existing.insecure or insecure
                self.resume(existing)
            return existing, False
        for old in [i for i in self.items if i.key == name_key(name)]:
            self.remove(old)  # a finished or cancelled row of the same model
        item = DownloadItem(
            name=name,
            insecure=insecure,
            id=next(self._ids),
            meter=SpeedMeter(clock=self._clock),
        )
        self.items.append(item)
        self._emit(item, Change.ADDED)
        self.save()
        self._schedule()
        return item, True

    def pause(self, item: DownloadItem) -> None:
        if item.state not in (State.ACTIVE, State.QUEUED):
            return
        item.state = State.PAUSED
        item.reconnecting = False
        self._stop_task(item)
        self._changed(item)
        self._schedule()

    def resume(self, item: DownloadItem) -> None:
        """Pull again: Ollama continues from the partial files it kept."""
        if item.state not in (State.PAUSED, State.FAILED):
            return
        item.state = State.QUEUED
        item.error = ""
        item.needs_insecure = False
        item.reconnects = 0
        item.waiting_for_click = False
        self._changed(item)
        self._schedule()

    retry = resume

    def cancel(self, item: DownloadItem) -> None:
        if item.state not in UNFINISHED:
            return
        item.state = State.CANCELLED
        item.reconnecting = False
        self._stop_task(item)
        self._changed(item)
        self._schedule()

    def remove(self, item: DownloadItem) -> None:
        """Take an item off the list (cancelling it first if it was unfinished)."""
        if item.state in UNFINISHED:
            self.cancel(item)
        if item in self.items:
            self.items.remove(item)
            self._emit(item, Change.REMOVED)

    def clear_finished(self) -> None:
        for item in [i for i in self.items if i.state in (State.DONE, State.CANCELLED)]:
            self.remove(item)

    def set_max_active(self, count: int) -> None:
        self.settings.max_active = min(MAX_ACTIVE_LIMIT, max(1, int(count)))
        self.save()
        self._schedule()

    def set_resume_on_start(self, resume: bool) -> None:
        self.settings.resume_on_start = bool(resume)
        self.save()

    def shutdown(self) -> None:
        """Stop every pull (closing its connection) but keep the queue as it was on disk."""
        if self._closed:
            return
        self.save()
        self._store.flush()  # the last state is on disk before the app goes on closing
        self._closed = True
        for item in self.items:
            self._stop_task(item)

    # --- running --------------------------------------------------------------------------

    def _changed(self, item: DownloadItem) -> None:
        self._emit(item, Change.STATE)
        self.save()

    def _stop_task(self, item: DownloadItem) -> None:
        task, item.task = item.task, None
        if task is not None and not task.done():
            task.cancel()

    def _schedule(self) -> None:
        if self._closed:
            return
        free = self.settings.max_active - self.active_count
        for item in self.items:
            if free <= 0:
                break
            if item.state is State.QUEUED:
                free -= 1
                item.state = State.ACTIVE
                item.meter.restart()
                item.task = asyncio.get_event_loop().create_task(
                    self._run(item), name=f"pull {item.name}"
                )
                self._changed(item)

    async def _run(self, item: DownloadItem) -> None:
        me = asyncio.current_task()
        try:
            await self._pull_with_reconnects(item)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # never let a download's failure escape to the loop
            log.exception("download of %s failed unexpectedly", item.name)
            self._fail(item, errors.describe_pull_error(exc, item.name))
        finally:
            if item.task is me:
                item.task = None
                if not self._closed:
                    self._schedule()

    async def _pull_with_reconnects(self, item: DownloadItem) -> None:
        while True:
            # Progress lines arrive by the thousand: take them a batch at a time.
            stream = self._client().pull(item.name, insecure=item.insecure)
            try:
                await read_pull(
                    stream.batches(),
                    item.progress,
                    item.meter,
                    stall_timeout=self.stall_timeout,
                    on_event=lambda: self._on_progress(item),
                    clock=self._clock,
                )
            except (Stalled, EndedEarly) as exc:
                reason = exc
            except StreamBroken as exc:
                if exc.server_message:
                    self._fail(item, errors.describe_pull_error(exc, item.name), cause=exc)
                    return
                reason = exc  # the connection broke: try again like a stall
            except OllamaError as exc:
                self._fail(item, errors.describe_pull_error(exc, item.name), cause=exc)
                return
            else:
                self._finish(item)
                return
            finally:
                await stream.aclose()
            if item.reconnects >= self.max_reconnects:
                cut = isinstance(reason, StreamBroken | EndedEarly)
                self._fail(item, errors.in_words(errors.CUT if cut else errors.STALLED))
                return
            item.reconnects += 1
            item.reconnecting = True
            log.info("reconnecting %s (%s), attempt %d", item.name, reason, item.reconnects)
            self._emit(item, Change.STATE)
            await asyncio.sleep(self.reconnect_delay)
            item.meter.restart()

    def _on_progress(self, item: DownloadItem) -> None:
        if item.reconnecting:
            item.reconnecting = False
            self._emit(item, Change.STATE)
        self._emit(item, Change.PROGRESS)
        if self._clock() - self._last_save >= SAVE_PROGRESS_EVERY:
            self.save()

    def _fail(
        self, item: DownloadItem, message: str, *, cause: BaseException | None = None
    ) -> None:
        if item.state is not State.ACTIVE:
            return
        item.state = State.FAILED
        item.error = message
        item.needs_insecure = cause is not None and errors.needs_insecure(cause)
        item.reconnecting = False
        self._changed(item)

    def _finish(self, item: DownloadItem) -> None:
        if item.state is not State.ACTIVE:
            return
        item.state = State.DONE
        item.reconnecting = False
        self._changed(item)
        self._emit(item, Change.FINISHED)
