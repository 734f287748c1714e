"""Start Paddock: command line, data folder, logging, the Qt + asyncio loop, the window.

This is the composition root: every service is built here once (``build_context``) and
reaches the window through the application context. docs/architecture.md is the map.
"""

# ruff: noqa: E402  (PySide's import hook is answered before the imports after it run)
from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import platform
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

os.environ.setdefault("QT_API", "pyside6")  # qasync must bind PySide6, whatever else is around

import PySide6  # before qasync, so qasync binds PySide6

from desktop.qt_import_hook import skip_feature_source_scan

skip_feature_source_scan()  # before the imports below: each would have its source read

import qasync
from PySide6.QtCore import qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop import settings as options
from desktop.errors import PaddockError
from desktop.logging_setup import ErrorRouting, configure_logging
from desktop.ollama.host import resolve_host
from desktop.ollama.registry import DEFAULT_REGISTRY_URL, RegistryClient
from desktop.paths import default_data_dir, is_portable, prepare_data_dir
from desktop.resources import resource_path
from desktop.services.chat.exchange import ChatExchange
from desktop.services.context import AppContext
from desktop.services.downloads.queue import STALL_TIMEOUT, DownloadQueue
from desktop.services.downloads.store import DownloadStore
from desktop.services.first_client import FirstClient
from desktop.services.models.updates import ModelUpdates
from desktop.services.ollama_process import OllamaProcess
from desktop.services.operations import Operations
from desktop.services.qt_adapters import InstalledModelsSource, ServerStatusSource
from desktop.services.secrets import SecretStore
from desktop.services.server_monitor import ServerMonitor
from desktop.services.servers import ServerProfiles
from desktop.services.tasks import TaskRunner, plain_message
from desktop.settings import Settings, SettingsMapping
from desktop.storage import ChatStore, StorageError
from desktop.translations import install_translator
from desktop.ui.single_instance import (
    SingleInstance,
    already_running_message,
    brought_forward_message,
)

if TYPE_CHECKING:
    from desktop.ollama import AsyncOllamaClient, OllamaClient
    from desktop.services.servers import ServerProfile
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _server_address(text: str) -> str:
    try:
        return resolve_host(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Our flags; anything else (Qt's own, like ``-platform``) passes through untouched."""
    parser = argparse.ArgumentParser(
        prog="paddock", description="Paddock — a desktop app for your local Ollama models."
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        type=_server_address,
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
    known, _unknown = parser.parse_known_args(list(argv))
    return known


def server_url(arguments: argparse.Namespace) -> str:
    """``--server`` beats ``OLLAMA_HOST``, which beats the default."""
    return arguments.server if arguments.server else resolve_host(None)


def versions_text() -> str:
    return (
        f"Paddock {__version__}\nQt {qVersion()}\nPySide6 {PySide6.__version__}\n"
        f"Python {platform.python_version()}"
    )


GUI_SWITCH_INTERVAL = 0.0005  # seconds
SELF_CHECK_PAINT_TIMEOUT = 60.0  # seconds: a platform that never draws fails the check


def keep_gui_thread_responsive() -> None:
    """Let the GUI thread take the interpreter back within half a millisecond.

    Stream readers are worker threads that parse JSON as fast as the server sends it; with
    Python's default 5 ms switch interval the GUI thread waited for the interpreter lock on
    every call into Qt, and a fast reply froze the window for tenths of a second (measured
    by ``benchmarks/bench_chat.py``).
    """
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)


def open_data_dir(path: str | None) -> tuple[Path, Path]:
    """The data folder and the log file in it. A folder that can't be written (read-only,
    no permission) stops the start with words naming it, not a bare system error."""
    try:
        data_dir = prepare_data_dir(path)
        return data_dir, configure_logging(data_dir)
    except OSError as error:
        folder = Path(path).expanduser() if path else default_data_dir()
        raise PaddockError(
            QApplication.translate(
                "main",
                "Paddock can't write to its data folder {folder}. Make the folder writable, or "
                "start Paddock with --data-dir and another folder.",
            ).format(folder=folder),
            detail=repr(error),
        ) from error


def open_chat_store(operations: Operations, data_dir: Path) -> tuple[ChatStore | None, str]:
    """The chat store, or None and the plain reason it could not be opened.

    Opened on the operation runner's thread, where all later work on it runs; the app starts
    either way, and the Chat tab shows the reason.
    """
    try:
        return operations.wait(ChatStore.open, data_dir), ""
    except StorageError as error:
        log.error("chat storage could not be opened: %s (%s)", error.message, error.detail)
        return None, error.message


def build_context(
    client: AsyncOllamaClient,
    data_dir: Path,
    *,
    settings: Settings | None = None,
    profiles: ServerProfiles | None = None,
    url: str | None = None,
    stall_timeout: float = STALL_TIMEOUT,
    operations: Operations | None = None,
    registry_url: str = DEFAULT_REGISTRY_URL,
    chat_services_later: bool = False,
) -> AppContext:
    """Every service the window and its tabs use, each built once (the composition root).

    ``url`` is the server the health checks watch (the client's by default); ``registry_url``
    stands in for registry.ollama.ai in the model update checks. Nothing is started here:
    ``create_main_window`` starts the checks once the window exists. With
    ``chat_services_later`` the chat's memory readings and documents are built when the Chat
    tab is (``AppContext.build_chat_services``), after the window's first paint.
    """
    tasks = TaskRunner()
    operations = operations or Operations()
    store, problem = open_chat_store(operations, data_dir)
    context = AppContext(
        ollama=client,
        data_dir=data_dir,
        tasks=tasks,
        operations=operations,
        settings=settings or Settings(data_dir, portable=True),
        chat_store=store,
        chat_store_problem=problem,
        chat_exchange=ChatExchange(store, operations) if store is not None else None,
        profiles=profiles,
        ollama_process=OllamaProcess(),
    )
    watched = url or client.base_url
    server_status = ServerStatusSource(
        # ``context.ollama`` looked up at each check: the first client is made only then
        lambda on_status: ServerMonitor(watched, lambda: context.ollama.version(), on_status),
        tasks,
    )
    context.server_status = server_status
    context.installed_models = InstalledModelsSource(lambda: context.ollama, tasks, server_status)
    context.downloads = DownloadQueue(
        lambda: context.ollama, DownloadStore(data_dir, operations), stall_timeout=stall_timeout
    )
    context.chat_services = lambda: _add_chat_services(context)
    if not chat_services_later:
        context.build_chat_services()
    context.model_updates = ModelUpdates(
        lambda: context.ollama,
        RegistryClient(registry_url, user_agent=f"Paddock/{__version__}"),
        operations,
        data_dir,
        context.downloads,
    )
    return context


def _add_chat_services(context: AppContext) -> None:
    """The chat's memory readings and its documents (reading, embedding, retrieval)."""
    from desktop.services.chat.memory.meter import ChatMemory
    from desktop.services.documents.service import DocumentService

    context.chat_memory = ChatMemory(lambda: context.ollama, context.operations)
    store, installed = context.chat_store, context.installed_models
    if store is not None and installed is not None:
        context.documents = DocumentService(
            store, context.operations, lambda: context.ollama, lambda: installed.models
        )


def create_main_window(argv: list[str]) -> MainWindow:
    """Build services and the window, without entering the event loop.

    A QApplication and a running qasync loop must exist already (``main`` makes them; tests
    use the ``qloop`` fixture). Parses the same flags as ``main``.
    """
    from desktop.ui.main_window import MainWindow

    keep_gui_thread_responsive()
    arguments = parse_arguments(argv)
    data_dir, log_path = open_data_dir(arguments.data_dir)
    settings = Settings(data_dir, portable=is_portable(data_dir))
    app = QApplication.instance()
    if isinstance(app, QApplication):  # texts are translated as widgets are made: first
        install_translator(app, str(settings.get(options.LANGUAGE)), cache_dir=data_dir / "cache")
    operations = Operations()  # the one I/O thread: the keyring is read on it
    secrets = SecretStore(operations)
    profiles = ServerProfiles(SettingsMapping(settings), secrets, server_url(arguments))
    # The window is drawn first: the client (requests) and its key (the keyring) come after.
    key_to_read: ServerProfile | None = None
    if arguments.server:  # a one-off address from the command line: used, not saved
        url = server_url(arguments)
        client = FirstClient(url, lambda: _async_client(_plain_client(url)))
    else:
        key_to_read = profile = profiles.active
        url = profile.url
        client = FirstClient(url, lambda: _async_client(profiles.client_without_key(profile)))
    context = build_context(
        cast("AsyncOllamaClient", client),
        data_dir,
        settings=settings,
        profiles=profiles,
        url=url,
        operations=operations,
        chat_services_later=True,  # with the Chat tab, after the window's first paint
    )
    window = MainWindow(
        context,
        command_line_url=url if arguments.server else None,
        log_path=str(log_path),
        key_to_read=key_to_read,
    )
    window.setWindowIcon(QIcon(str(resource_path("icons", "paddock.svg"))))
    context.tasks.set_reporter(window.show_problem)
    context.operations.set_reporter(context.tasks.report)
    routing = ErrorRouting(context.tasks.report)
    routing.install(asyncio.get_event_loop())
    window.error_routing = routing  # the window starts the server checks once it shows
    if profiles.start_problem:  # saved servers that could not be read: say so, go on
        window.show_problem(profiles.start_problem)
    if context.model_updates is not None:  # at most once a day; never downloads by itself
        context.model_updates.start_daily(lambda: settings.get(options.CHECK_MODEL_UPDATES))
    log.info("Paddock %s started; server %s; data %s", __version__, url, data_dir)
    return window


def freeze_start_up_objects() -> None:
    """What start-up made lives as long as the app: moved out of the collector's sight, so a
    full collection (tens of milliseconds with it all, measured while replies stream) no
    longer stalls the window."""
    gc.freeze()


def _plain_client(url: str) -> OllamaClient:
    from desktop.ollama.client import OllamaClient

    return OllamaClient(url)


def _async_client(client: OllamaClient) -> AsyncOllamaClient:
    from desktop.ollama.aio import AsyncOllamaClient

    return AsyncOllamaClient(client)


async def run_window(
    argv: list[str], *, self_check: bool = False, instance: SingleInstance | None = None
) -> int:
    """Show the window and wait until it is closed (the self-check closes it once painted)."""
    window = create_main_window(argv)
    if instance is not None:  # a later start on this folder brings this window forward
        instance.bring_forward_on_knock(window, asyncio.get_running_loop())
    closed = asyncio.get_running_loop().create_future()
    window.closed.connect(lambda: closed.done() or closed.set_result(None))
    app = QApplication.instance()
    if app is not None:  # the session is ending (log out): close properly first
        app.aboutToQuit.connect(window.close)
    painted = asyncio.get_running_loop().create_future()
    window.first_painted.connect(lambda: painted.done() or painted.set_result(None))
    window.first_painted.connect(freeze_start_up_objects)
    if self_check:
        window.remember_geometry = False  # an offscreen window's place is nobody's preference
        window.first_painted.connect(  # at once: timing marks for the benchmark
            lambda: print("self-check: window painted", flush=True)
        )
        window.first_painted.connect(lambda: _mark_chat_painted(window))
    if not self_check and not window.settings.get(options.FIRST_RUN_DONE):
        window.first_painted.connect(window.start_onboarding)  # over the window, once drawn
    window.show()
    if self_check:
        try:
            await asyncio.wait_for(painted, SELF_CHECK_PAINT_TIMEOUT)
        except TimeoutError:
            raise RuntimeError("the main window was not drawn") from None
        window.build_all_tabs()  # what a start does next: checks every tab can be built
        if window.grab().isNull():
            raise RuntimeError("the main window could not be drawn")
        await asyncio.to_thread(_check_document_readers)
        window.close()
    await closed
    return 0


def _check_document_readers() -> None:
    """The self-check's proof that an installer carries what documents in chat load only
    when a file is attached: the PDF reader, encoding detection and ranking with numpy."""
    import charset_normalizer  # noqa: F401
    import pypdf  # noqa: F401

    from desktop.documents.ranking import pack_vector, top_passages, unpack_vectors

    matrix = unpack_vectors([pack_vector([0.0, 1.0]), pack_vector([1.0, 0.1])])
    if [row for row, _score in top_passages([1.0, 0.0], matrix, 1)] != [1]:
        raise RuntimeError("passages could not be ranked")


def _mark_chat_painted(window: MainWindow) -> None:
    """The self-check's second timing mark: the Chat tab (built after the window's first
    paint) has been drawn too."""
    from desktop.ui.lazy_tab import FirstPaint

    FirstPaint(window.chat_tab, lambda: print("self-check: chat painted", flush=True))


def _describe(app: QApplication) -> None:
    app.setApplicationName("Paddock")
    app.setApplicationDisplayName("Paddock")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("paddock")


def _report_startup_failure(error: BaseException, *, show: bool) -> None:
    """Paddock couldn't start: say so in plain words (the details go to stderr)."""
    traceback.print_exception(error, file=sys.stderr)
    if show:
        QMessageBox.critical(
            None,
            QApplication.translate("main", "Paddock couldn't start"),
            QApplication.translate("main", "Paddock couldn't start. {reason}").format(
                reason=plain_message(error)
            ),
        )


def _hand_over_to_running(instance: SingleInstance, *, show: bool) -> int:
    """Another Paddock holds the data folder: bring its window forward, or say who holds it."""
    if instance.ask_running_to_come_forward():
        print(brought_forward_message(instance.data_dir))
        return 0
    message = already_running_message(instance.data_dir)
    print(message, file=sys.stderr)
    if show and QApplication.platformName() != "offscreen":
        QMessageBox.information(None, QApplication.translate("main", "Paddock"), message)
    return 1


def main(argv: list[str] | None = None) -> int:
    """The ``paddock`` command: returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        arguments = parse_arguments(argv)
    except SystemExit as exit_request:  # --help, or a bad flag (argparse printed why)
        return int(exit_request.code or 0)
    if arguments.version:
        print(f"Paddock {__version__}")
        return 0
    if arguments.self_check:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "paddock", *argv])
    assert isinstance(app, QApplication)
    _describe(app)
    instance = SingleInstance(prepare_data_dir(arguments.data_dir))
    if not instance.acquire():  # one Paddock per data folder: nothing here is touched
        return _hand_over_to_running(instance, show=not arguments.self_check)
    quit_on_last_window = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the window's close ends run_window(), then the loop
    try:
        code = qasync.run(run_window(argv, self_check=arguments.self_check, instance=instance))
    except Exception as error:
        _report_startup_failure(error, show=not arguments.self_check)
        return 1
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last_window)
        instance.release()
    if arguments.self_check:
        print(versions_text())
        print("self-check passed")
    return code
