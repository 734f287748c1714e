"""What a chat needs to know about a model: what it can do and its own option defaults.

Asked from ``/api/show`` once per model and server, then kept: the picker's badges, whether the
composer takes images, whether thinking can be switched, and the defaults the options dialog
shows all come from here. Qt-free.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.ollama.types import ShowResponse
from desktop.services.generate.options import BUILT_IN, model_defaults


class ModelShower(Protocol):
    base_url: str

    def show(self, model: str) -> Awaitable[ShowResponse]: ...


@dataclass(frozen=True, slots=True)
class ModelFacts:
    name: str
    capabilities: tuple[str, ...] = ()
    defaults: dict[str, Any] = field(default_factory=lambda: dict(BUILT_IN))
    system: str = ""

    @property
    def can_see(self) -> bool:
        return "vision" in self.capabilities

    @property
    def can_think(self) -> bool:
        return "thinking" in self.capabilities


class ModelFactsCache:
    """``await facts(name)``; forgets everything when the server changes."""

    def __init__(self, client: Callable[[], ModelShower]) -> None:
        self._client = client
        self._server = ""
        self._known: dict[str, ModelFacts] = {}

    def known(self, name: str) -> ModelFacts | None:
        self._check_server()
        return self._known.get(name)

    def forget(self) -> None:
        """A model was re-created or deleted: ask again next time."""
        self._known.clear()

    async def facts(self, name: str) -> ModelFacts:
        """Raises ``OllamaError`` (e.g. ``ModelNotFound``) when the server can't say."""
        known = self.known(name)
        if known is not None:
            return known
        shown = await self._client().show(name)
        facts = ModelFacts(
            name=name,
            capabilities=tuple(shown.capabilities),
            defaults=model_defaults(shown.parameter_values()),
            system=shown.system or "",
        )
        self._known[name] = facts
        return facts

    def _check_server(self) -> None:
        url = self._client().base_url
        if url != self._server:
            self._server = url
            self._known.clear()
