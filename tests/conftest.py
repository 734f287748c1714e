"""Shared fixtures: the loopback test server, clients, a qasync loop, an isolated data dir.

Qt runs offscreen. The asyncio loop is qasync's, created as "already running" so that tasks run
whenever Qt processes events: ``qtbot.waitUntil``/``waitSignal`` then drive both worlds, and no
test needs a fixed sleep. Any exception that escapes to the loop fails the test, and so does any
ERROR log record (an error a listener logged and swallowed is still an error), unless the test
is marked ``logs_error`` because it provokes that error on purpose.
"""

from __future__ import annotations

# app loads it on a worker thread after start-up; test_lazy_pieces covers that path)
import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import markdown_it  # noqa: F401  loaded: replies are formatted from the first one (the

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# Tests read English texts: a German or Spanish machine would otherwise get translated windows
# (the language setting defaults to the system's). Translation tests pick languages themselves.
os.environ["LC_ALL"] = "C.UTF-8"

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from desktop.ollama import AsyncOllamaClient, OllamaClient
from tests.fake_ollama import FakeOllama

T = TypeVar("T")

LOGS_ERROR = "logs_error"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{LOGS_ERROR}: the test provokes an error that the app logs at ERROR level on purpose "
        "(without it, any ERROR record fails the test)",
    )


class _ErrorRecords(logging.Handler):
    """Collects every record at ERROR or above, from any logger and any thread."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test when anything logs an error while it runs (fixtures' teardown included).

    Errors that are caught and logged never reach the loop's exception handler, so without this
    a broken listener or a failed background save would pass unnoticed.
    """
    collector = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    if collector.records and request.node.get_closest_marker(LOGS_ERROR) is None:
        lines = []
        for record in collector.records:
            line = f"{record.levelname} {record.name}: {record.getMessage()}"
            if record.exc_info and record.exc_info[1] is not None:
                line += f" ({record.exc_info[1]!r})"
            lines.append(line)
        pytest.fail(
            "errors were logged (mark the test logs_error if it provokes them on purpose):\n"
            + "\n".join(lines),
            pytrace=False,
        )


@pytest.fixture
def fake_ollama() -> Iterator[FakeOllama]:
    """A fresh test server on 127.0.0.1 with one installed model (smollm2:135m)."""
    server = FakeOllama()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(fake_ollama: FakeOllama) -> Iterator[OllamaClient]:
    ollama = OllamaClient(fake_ollama.url)
    yield ollama
    ollama.close()


_CLOSED_LOOPS: list[qasync.QEventLoop] = []
"""Closed loops stay referenced until the run ends: a loop closed with a Qt timer still
registered (a ``call_later`` cancelled before it fired) crashes the process when it is
garbage-collected and Qt later fires that timer (SIGSEGV in ``QTimerInfoList``)."""


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop that counts as running while Qt processes events."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    try:
        yield loop
    finally:
        _drain(loop, qapp)
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]  # see qasync docs
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        _CLOSED_LOOPS.append(loop)
    if errors:
        messages = "; ".join(
            f"{context.get('message')}: {context.get('exception')!r}" for context in errors
        )
        pytest.fail(f"exceptions escaped to the event loop: {messages}")


def _drain(loop: asyncio.AbstractEventLoop, qapp: QApplication) -> None:
    """Cancel what a test left running and let the cancellations finish."""
    tasks = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in tasks:
        task.cancel()
    deadline = loop.time() + 5
    while any(not task.done() for task in tasks) and loop.time() < deadline:
        qapp.processEvents()
    qapp.processEvents()


@pytest.fixture
def aclient(client: OllamaClient, qloop: qasync.QEventLoop) -> Iterator[AsyncOllamaClient]:
    async_client = AsyncOllamaClient(client)
    yield async_client
    async_client.close()


@pytest.fixture
def arun(qloop: qasync.QEventLoop, qtbot: Any) -> Callable[..., Any]:
    """Run a coroutine on the qasync loop and return its result (fails after ``timeout`` s)."""

    def run(awaitable: Awaitable[T], timeout: float = 10.0) -> T:
        task = asyncio.ensure_future(awaitable, loop=qloop)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    return run


@pytest.fixture
def data_dir(tmp_path: Any) -> Any:
    """An empty folder for settings, database and logs (what ``--data-dir`` points at)."""
    folder = tmp_path / "paddock-data"
    folder.mkdir()
    return folder


def unused_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def refused_url() -> str:
    """The address of a server that is not there: connections are refused."""
    return f"http://127.0.0.1:{unused_port()}"
