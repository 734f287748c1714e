"""Where errors go: tracebacks to a rotating log file in the data folder, never to a dialog.

``configure_logging`` sets up the file. ``ErrorRouting`` catches what nobody else caught — an
exception in a Qt slot (``sys.excepthook``) or one that reached the asyncio loop — and hands it
to a single reporter (the TaskRunner's, which logs the traceback and shows plain words).
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.paths import log_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
LoopHandler = Callable[[asyncio.AbstractEventLoop, dict[str, Any]], Any]


def configure_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the app's log to ``<data_dir>/logs/paddock.log`` (1 MB × 3 files); return the path."""
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "paddock", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.paddock = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


class ErrorRouting:
    """Installs one asyncio exception handler and one ``sys.excepthook`` feeding ``report``.

    Whatever handler was there before still hears about the error afterwards (a debugger, a
    test harness); ``uninstall`` puts the previous ones back.
    """

    def __init__(self, report: Callable[[BaseException], None]) -> None:
        self._report = report
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_loop_handler: LoopHandler | None = None

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._previous_loop_handler = loop.get_exception_handler()
        loop.set_exception_handler(self.loop_handler)
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        loop = self._loop
        if loop is not None and loop.get_exception_handler() == self.loop_handler:
            loop.set_exception_handler(self._previous_loop_handler)
        self._loop = None

    def loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, Exception):
            self._report(error)
        else:  # no exception object: "Task was destroyed but it is pending!" and the like
            log.error("event loop: %s", context.get("message"))
        if self._previous_loop_handler is not None:
            self._previous_loop_handler(loop, context)

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, Exception):
            self._report(error.with_traceback(trace))
        if self._previous_hook is not None and self._previous_hook is not sys.__excepthook__:
            self._previous_hook(kind, error, trace)
        elif not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit: as usual
            sys.__excepthook__(kind, error, trace)
