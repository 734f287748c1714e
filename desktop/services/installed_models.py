"""The models installed on the current server, kept in one place for every model picker.

Chat, Generate and Models all need "which models are there?". One cache asks ``/api/tags``
when told to (on connecting, after a download or delete, on demand) instead of each tab asking
on its own, and answers "is this model installed?" the way Ollama matches names: ``llama3.2``
is ``llama3.2:latest``, ``registry.ollama.ai/library/`` may be left out, case does not matter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from desktop.ollama.types import ModelInfo
from desktop.services.models.names import name_key

log = logging.getLogger(__name__)


class ModelLister(Protocol):
    async def list_models(self) -> list[ModelInfo]: ...


class InstalledModels:
    """A cache of ``list_models()``: ``models`` (newest first, as the server lists them).

    ``client`` is a callable returning the current client, so the cache follows a server
    switch. ``on_change`` runs after a refresh that changed the list (or after ``clear``).
    """

    def __init__(
        self,
        client: Callable[[], ModelLister],
        on_change: Callable[[list[ModelInfo]], None] | None = None,
    ) -> None:
        self._client = client
        self._on_change = on_change
        self.models: list[ModelInfo] = []
        self.loaded = False  # False until the first refresh succeeds
        self._generation = 0

    @property
    def names(self) -> list[str]:
        return [model.name for model in self.models]

    def find(self, name: str) -> ModelInfo | None:
        """The installed model ``name`` refers to, or None."""
        if not name.strip():
            return None
        wanted = name_key(name)
        return next((m for m in self.models if name_key(m.name) == wanted), None)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.find(name) is not None

    async def refresh(self) -> list[ModelInfo]:
        """Ask the server again. Raises the client's OllamaError when that fails.

        When refreshes overlap (a reconnect and a finished download at once) only the answer
        to the newest one is kept, so an old server's list never overwrites a new one's.
        """
        self._generation += 1
        generation = self._generation
        models = await self._client().list_models()
        if generation != self._generation:
            return self.models
        self._replace(models)
        return self.models

    def clear(self) -> None:
        """Forget the list (the server changed): pickers empty until the next refresh."""
        self._generation += 1
        self.loaded = False
        self._replace([], force=True)

    def _replace(self, models: list[ModelInfo], *, force: bool = False) -> None:
        changed = force or not self.loaded or _fingerprint(models) != _fingerprint(self.models)
        self.models = list(models)
        self.loaded = self.loaded or not force
        if changed:
            log.debug("installed models: %s", ", ".join(self.names) or "none")
            if self._on_change is not None:
                self._on_change(self.models)


def _fingerprint(models: list[ModelInfo]) -> list[tuple[str, str, object]]:
    return [(m.name, m.digest, m.modified_at) for m in models]


NO_SERVER = "no-server"  # the server can't be reached: nobody knows what is installed
STILL_ASKING = "still-asking"  # the server was asked and has not answered yet
NONE_INSTALLED = "none-installed"  # the server answered: nothing is installed


def why_no_models(server_state: str, loaded: bool) -> str:
    """Why a model list is empty. Only a server that answered can say nothing is installed;
    "no models" said of a server that can't be reached sends people to download in vain."""
    if server_state == "unreachable":
        return NO_SERVER
    if not loaded:
        return STILL_ASKING
    return NONE_INSTALLED
