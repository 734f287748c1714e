"""The Ollama client the window starts with, made only when something first uses it.

Making a client imports ``requests`` (with urllib3, about a tenth of a second) and reading the
active server's API key loads the keyring: the window needs neither to be drawn. It is built
with this stand-in, which knows the server's address; once the window shows, it replaces the
stand-in with the client that carries the key and only then starts the server checks (see
``MainWindow``). Anything that calls the server before that gets the client made on the spot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ollama.aio import AsyncOllamaClient


class FirstClient:
    """Stands in for an :class:`AsyncOllamaClient` until one is needed; then delegates to it."""

    def __init__(self, base_url: str, make: Callable[[], AsyncOllamaClient]) -> None:
        self._base_url = base_url
        self._make = make
        self._client: AsyncOllamaClient | None = None

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def made(self) -> bool:
        """Whether the real client exists (something called the server through this one)."""
        return self._client is not None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # never make a client for copy/pickle probes
            raise AttributeError(name)
        if self._client is None:
            self._client = self._make()
        return getattr(self._client, name)
