"""Start Paddock: command line, data folder, logging, the Qt + asyncio loop, the window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import platform
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")  # qasync must bind PySide6, whatever else is around

import qasync
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop import __version__
from desktop.logging_setup import configure_logging
from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.ollama.host import resolve_host
from desktop.paths import prepare_data_dir
from desktop.resources import resource_path
from desktop.services.context import AppContext
from desktop.services.qt_adapters import ServerStatusSource
from desktop.services.secrets import SecretStore
from desktop.services.server_monitor import ServerMonitor
from desktop.services.servers import ServerProfiles
from desktop.services.tasks import TaskRunner
from desktop.settings import Settings, SettingsMapping

log = logging.getLogger(__name__)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="paddock", description="Paddock — a desktop app for your local Ollama models."
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="Ollama server to use (beats OLLAMA_HOST; default http://127.0.0.1:11434)",
    )
    parser.add_argument(
        "--data-dir", metavar="PATH", help="folder for settings, chats and logs (portable use)"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="build the main window offscreen, print versions and exit (for packaging checks)",
    )
    known, _unknown = parser.parse_known_args(list(argv))  # Qt's own flags pass through
    return known


def server_url(arguments: argparse.Namespace) -> str:
    """``--server`` beats ``OLLAMA_HOST``, which beats the default."""
    return resolve_host(arguments.server) if arguments.server else resolve_host(None)


def versions_text() -> str:
    return (
        f"Paddock {__version__}\nQt {qVersion()}\nPySide6 {pyside_version}\n"
        f"Python {platform.python_version()}"
    )


def create_main_window(argv: list[str]) -> QMainWindow:
    """Build services and the window (a QApplication and a running qasync loop must exist)."""
    from desktop.ui.main_window import MainWindow

    arguments = parse_arguments(argv)
    data_dir = prepare_data_dir(arguments.data_dir)
    log_path = configure_logging(data_dir)
    settings = Settings(data_dir, portable=arguments.data_dir is not None)
    profiles = ServerProfiles(SettingsMapping(settings), SecretStore(), server_url(arguments))
    if arguments.server:  # a one-off address from the command line: used, not saved
        url = server_url(arguments)
        blocking = OllamaClient(url)
    else:
        url = profiles.active.url
        blocking = profiles.client_for(profiles.active)
    client = AsyncOllamaClient(blocking)
    tasks = TaskRunner()
    context = AppContext(ollama=client, data_dir=Path(data_dir), tasks=tasks)
    source = ServerStatusSource(
        lambda on_status: ServerMonitor(url, client.version, on_status), tasks
    )
    window = MainWindow(
        context,
        source,
        settings=settings,
        profiles=profiles,
        command_line_url=url if arguments.server else None,
        log_path=str(log_path),
    )
    window.setWindowIcon(QIcon(str(resource_path("icons", "paddock.svg"))))
    tasks.set_reporter(lambda message, _error: window.show_problem(message))
    _install_exception_handlers(window, tasks)
    source.start()
    log.info("Paddock %s started; server %s; data %s", __version__, url, data_dir)
    return window


def _install_exception_handlers(window: Any, tasks: TaskRunner) -> None:
    """Every unexpected error: traceback to the log, plain words to the window."""

    def loop_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            tasks.report(error)
        else:
            log.error("event loop: %s", context.get("message"))

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        tasks.report(error.with_traceback(trace))

    asyncio.get_event_loop().set_exception_handler(loop_handler)
    sys.excepthook = hook


def _self_check(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv[:1] or ["paddock"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def build() -> None:
        window = create_main_window(argv)
        window.show()
        await asyncio.sleep(0.05)  # let the window lay out and paint once
        window.close()

    with loop:  # closing joins the loop's worker threads: none may outlive the app
        loop.run_until_complete(build())
        for task in asyncio.all_tasks(loop):
            task.cancel()
        loop.run_until_complete(asyncio.sleep(0))
    print(versions_text())
    print("self-check passed")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    arguments = parse_arguments(argv)
    if arguments.version:
        print(f"Paddock {__version__}")
        return 0
    if arguments.self_check:
        return _self_check(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Paddock")
    app.setApplicationDisplayName("Paddock")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("paddock")
    app.setQuitOnLastWindowClosed(True)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:  # Qt's event loop runs until the last window closes; then the loop closes
        window = create_main_window(argv)
        window.show()
        loop.run_forever()
    return 0
