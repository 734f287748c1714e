"""Thin QObjects that turn service callbacks into Qt signals for the widgets.

The services below are Qt-free; these adapters only start them as tasks and re-emit what they
report, so widgets can connect to signals.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.ollama.types import ModelInfo
from desktop.services.installed_models import InstalledModels, ModelLister
from desktop.services.server_monitor import ServerMonitor, ServerStatus
from desktop.services.tasks import TaskRunner

log = logging.getLogger(__name__)

MonitorFactory = Callable[[Callable[[ServerStatus], None]], ServerMonitor]


class ServerStatusSource(QObject):
    """Runs a :class:`ServerMonitor` and emits ``status_changed(ServerStatus)``.

    ``reconnected(ServerStatus)`` fires when the server answers after not answering (or for
    the first time, or after a switch to another server): the moment to reload lists.
    """

    status_changed = Signal(object)
    reconnected = Signal(object)

    def __init__(
        self, monitor_factory: MonitorFactory, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._task: asyncio.Task[None] | None = None
        self._was_connected_to: str | None = None
        self.monitor: ServerMonitor = monitor_factory(self._on_status)

    @property
    def status(self) -> ServerStatus:
        return self.monitor.status

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = self._tasks.run(self.monitor.run(), name="server-monitor")

    def retry(self) -> None:
        """Check now (the Retry button)."""
        self.monitor.retry()

    def check_soon(self) -> bool:
        """A request failed in a way that suggests the server is gone: look soon (rate-limited)."""
        return self.monitor.check_soon()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None  # cancellation finishes later; a new start must not wait for it

    def replace(self, monitor_factory: MonitorFactory) -> None:
        """Watch another server (after a switch): stop the old checks, start new ones."""
        self.stop()
        self._was_connected_to = None
        self.monitor = monitor_factory(self._on_status)
        self.start()

    def _on_status(self, status: ServerStatus) -> None:
        if status.url != self.monitor.url:
            return  # a late word from a monitor that was replaced
        self.status_changed.emit(status)
        if status.connected and self._was_connected_to != status.url:
            self._was_connected_to = status.url
            self.reconnected.emit(status)
        elif status.state == "unreachable":
            self._was_connected_to = None


class InstalledModelsSource(QObject):
    """:class:`InstalledModels` with a ``changed(list[ModelInfo])`` signal.

    Refreshes by itself whenever ``server_status`` reports a (re)connection; call
    ``refresh_soon()`` after anything that adds or removes models.
    """

    changed = Signal(object)  # list[ModelInfo]

    def __init__(
        self,
        client: Callable[[], ModelLister],
        tasks: TaskRunner,
        server_status: ServerStatusSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = InstalledModels(client, self.changed.emit)
        self._tasks = tasks
        self._url: str | None = None
        if server_status is not None:
            server_status.status_changed.connect(self._on_status)
            server_status.reconnected.connect(lambda _status: self.refresh_soon())

    @property
    def models(self) -> list[ModelInfo]:
        return self.cache.models

    @property
    def names(self) -> list[str]:
        return self.cache.names

    @property
    def loaded(self) -> bool:
        return self.cache.loaded

    def find(self, name: str) -> ModelInfo | None:
        return self.cache.find(name)

    async def refresh(self) -> list[ModelInfo]:
        """Ask the server now; raises OllamaError if it can't answer."""
        return await self.cache.refresh()

    def refresh_soon(self) -> asyncio.Task[list[ModelInfo]]:
        """Refresh in the background; a failure is only logged (the status bar tells the user)."""
        return self._tasks.run(self.cache.refresh(), name="installed-models", on_error=_log_failure)

    def _on_status(self, status: ServerStatus) -> None:
        if self._url is not None and status.url != self._url:
            self.cache.clear()  # another server: its models are not these
        self._url = status.url


def _log_failure(error: BaseException) -> None:
    log.info("could not refresh the installed models: %s", error, exc_info=error)
