"""What every part of the window needs, built once by the composition root (``desktop.app``).

Widgets take their services from here and never build one: the chat store, the download
queue, the one list of installed models, the server's health checks, the ``ollama serve``
process, the model update checks, documents in chat, settings, the task runner and the
operation runner.
``build_context`` in :mod:`desktop.app` fills every field; a context made by hand (in a
service's own tests) may leave out what that service does not use, and :func:`required` says
clearly which is missing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.services.operations import Operations
from desktop.services.tasks import TaskRunner

if TYPE_CHECKING:  # the Qt adapters are typed here without importing Qt into every service
    from desktop.ollama.aio import AsyncOllamaClient  # (and the client without requests)
    from desktop.services.chat.exchange import ChatExchange
    from desktop.services.chat.memory.meter import ChatMemory
    from desktop.services.documents.service import DocumentService
    from desktop.services.downloads.queue import DownloadQueue
    from desktop.services.models.updates import ModelUpdates
    from desktop.services.ollama_process import OllamaProcess
    from desktop.services.qt_adapters import InstalledModelsSource, ServerStatusSource
    from desktop.services.servers import ServerProfiles
    from desktop.settings import Settings
    from desktop.storage import ChatStore

log = logging.getLogger(__name__)

T = TypeVar("T")


class MissingService(LookupError):
    """A widget asked for a service its context was built without (a wiring mistake)."""


def required(value: T | None, name: str) -> T:
    """``value``, or a clear error naming the service the context lacks."""
    if value is None:
        raise MissingService(
            f"the application context has no {name}; build it with desktop.app.build_context"
        )
    return value


@dataclass
class AppContext:
    """Shared by the window and the tabs. ``ollama`` is replaced when the user switches servers.

    ``chat_store`` is None when the chat database could not be opened; ``chat_store_problem``
    then holds the plain reason the Chat tab shows.
    """

    ollama: AsyncOllamaClient
    data_dir: Path
    tasks: TaskRunner = field(default_factory=TaskRunner)
    operations: Operations = field(default_factory=Operations)
    settings: Settings | None = None
    chat_store: ChatStore | None = None
    chat_store_problem: str = ""
    chat_exchange: ChatExchange | None = None
    chat_memory: ChatMemory | None = None
    downloads: DownloadQueue | None = None
    installed_models: InstalledModelsSource | None = None
    server_status: ServerStatusSource | None = None
    ollama_process: OllamaProcess | None = None
    profiles: ServerProfiles | None = None
    model_updates: ModelUpdates | None = None
    documents: DocumentService | None = None
    # Builds chat_memory and documents when first needed (see build_chat_services).
    chat_services: Callable[[], None] | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    def build_chat_services(self) -> None:
        """Build the chat's own services now if the composition root left them for later (the
        window does so with its Chat tab, after the first paint: their modules stay out of the
        start). Idempotent."""
        build, self.chat_services = self.chat_services, None
        if build is not None:
            build()

    def close(self, *, after: Iterable[asyncio.Task[Any]] = ()) -> None:
        """Close the chat store and the operation runner, once the tasks in ``after`` ended.

        Replies being cancelled still read the store while they end, so closing waits for
        them; with nothing pending it closes now. Idempotent.
        """
        if self._closed:
            return
        self._closed = True
        remaining = {task for task in after if not task.done()}
        if not remaining:
            self._close_now()
            return

        def finished(task: asyncio.Task[Any]) -> None:
            remaining.discard(task)
            if not remaining:
                self._close_now()

        for task in list(remaining):
            task.add_done_callback(finished)

    def _close_now(self) -> None:
        if self.model_updates is not None:
            self.model_updates.close()
        if self.documents is not None:
            self.documents.close()
        store = self.chat_store
        if store is not None:
            try:
                if self.operations.closed:
                    store.close()
                else:
                    self.operations.wait(store.close)
            except Exception:  # closing must go on: the file is checked again at next start
                log.exception("the chat store could not be closed cleanly")
        self.operations.close()
