"""Ollama's REST API: a blocking client, its asyncio face, typed results and errors.

Pure Python on ``requests``; nothing here imports Qt. The names below are loaded when first
used (PEP 562), so a module that needs only the types or errors does not import ``requests``:
the window is drawn before any client is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ollama.aio import AsyncOllamaClient, AsyncStream
    from desktop.ollama.client import OllamaClient, Stream
    from desktop.ollama.errors import (
        ModelNotFound,
        OllamaError,
        RequestRejected,
        ServerError,
        ServerUnreachable,
        StreamBroken,
        UnexpectedResponse,
    )
    from desktop.ollama.host import DEFAULT_URL, resolve_host
    from desktop.ollama.types import (
        ChatChunk,
        EmbedResponse,
        GenerateChunk,
        Message,
        ModelDetails,
        ModelInfo,
        ProgressEvent,
        RunningModel,
        ShowResponse,
    )

_HOMES = {
    "desktop.ollama.aio": ("AsyncOllamaClient", "AsyncStream"),
    "desktop.ollama.client": ("OllamaClient", "Stream"),
    "desktop.ollama.errors": (
        "ModelNotFound",
        "OllamaError",
        "RequestRejected",
        "ServerError",
        "ServerUnreachable",
        "StreamBroken",
        "UnexpectedResponse",
    ),
    "desktop.ollama.host": ("DEFAULT_URL", "resolve_host"),
    "desktop.ollama.types": (
        "ChatChunk",
        "EmbedResponse",
        "GenerateChunk",
        "Message",
        "ModelDetails",
        "ModelInfo",
        "ProgressEvent",
        "RunningModel",
        "ShowResponse",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "DEFAULT_URL",
    "AsyncOllamaClient",
    "AsyncStream",
    "ChatChunk",
    "EmbedResponse",
    "GenerateChunk",
    "Message",
    "ModelDetails",
    "ModelInfo",
    "ModelNotFound",
    "OllamaClient",
    "OllamaError",
    "ProgressEvent",
    "RequestRejected",
    "RunningModel",
    "ServerError",
    "ServerUnreachable",
    "ShowResponse",
    "Stream",
    "StreamBroken",
    "UnexpectedResponse",
    "resolve_host",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
