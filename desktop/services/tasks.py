"""Background tasks that outlive the call that started them.

``asyncio`` keeps only weak references to tasks, so a fire-and-forget task can vanish mid-way;
and an exception nobody awaits is only logged at garbage collection. The runner keeps each task
alive until it ends and sends every failure to one reporter, which shows plain words and logs
the traceback.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from desktop.errors import PaddockError
from desktop.i18n import translate
from desktop.storage.database import disk_full_message, is_disk_full

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorReporter = Callable[[str, BaseException], None]


def plain_message(error: BaseException) -> str:
    """The words to show a person for ``error``: ours when we have them, a calm default else."""
    if isinstance(error, PaddockError):
        return error.message
    if is_disk_full(error):
        return disk_full_message()
    if isinstance(error, OSError) and error.strerror:
        return translate("Errors", "Something went wrong on this computer: {reason}.").format(
            reason=error.strerror
        )
    return translate("Errors", "Something unexpected went wrong. The details are in the log file.")


class TaskRunner:
    """Starts coroutines as tasks, holds them until done, reports their failures."""

    def __init__(self, reporter: ErrorReporter | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._reporter = reporter

    def set_reporter(self, reporter: ErrorReporter | None) -> None:
        self._reporter = reporter

    @property
    def running(self) -> int:
        return len(self._tasks)

    def run(
        self,
        coroutine: Coroutine[Any, Any, T],
        *,
        name: str | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        """Start ``coroutine``; a failure goes to ``on_error`` if given, else to the reporter."""
        task = asyncio.get_event_loop().create_task(coroutine, name=name)
        self._tasks.add(task)

        def finished(done: asyncio.Task[T]) -> None:
            self._tasks.discard(done)
            if done.cancelled():
                return
            error = done.exception()
            if error is None:
                return
            if on_error is not None:
                on_error(error)
            else:
                self.report(error)

        task.add_done_callback(finished)
        return task

    def report(self, error: BaseException) -> None:
        """Log ``error`` with its traceback and show its plain-words message."""
        detail = getattr(error, "detail", "")
        log.error("background task failed: %s %s", error, detail, exc_info=error)
        if self._reporter is not None:
            self._reporter(plain_message(error), error)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
