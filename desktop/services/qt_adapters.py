"""Thin QObjects that turn service callbacks into Qt signals for the widgets."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal

from desktop.services.server_monitor import ServerMonitor, ServerStatus
from desktop.services.tasks import TaskRunner


class ServerStatusSource(QObject):
    """Runs a :class:`ServerMonitor` and emits ``status_changed(ServerStatus)``."""

    status_changed = Signal(object)

    def __init__(self, monitor_factory, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monitor: ServerMonitor = monitor_factory(self.status_changed.emit)
        self._tasks = tasks
        self._task: asyncio.Task[None] | None = None

    @property
    def status(self) -> ServerStatus:
        return self.monitor.status

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = self._tasks.run(self.monitor.run(), name="server-monitor")

    def retry(self) -> None:
        self.monitor.retry()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None  # cancellation finishes later; a new start must not wait for it

    def replace(self, monitor_factory) -> None:
        """Watch another server (after a switch): stop the old checks, start new ones."""
        self.stop()
        self.monitor = monitor_factory(self.status_changed.emit)
        self.start()
