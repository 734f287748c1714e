"""Ollama's REST API: a blocking client, its asyncio face, typed results and errors.

Pure Python on ``requests``; nothing here imports Qt.
"""

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
