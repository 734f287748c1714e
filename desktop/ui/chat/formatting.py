"""Plain words for a reply's facts: time, figures, why it stopped, what went wrong. Qt-free.

The texts are English source strings; the widgets pass them through ``tr`` where shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.ollama.errors import (
    ModelNotFound,
    OllamaError,
    RequestRejected,
    ServerUnreachable,
    StreamBroken,
)
from desktop.storage.records import Message


class ErrorKind(StrEnum):
    NOT_INSTALLED = "not_installed"  # offer "Download it"
    UNREACHABLE = "unreachable"  # the server did not answer: Retry
    REJECTED = "rejected"  # a 4xx such as "doesn't support images": say what to change
    BROKEN = "broken"  # failed mid-way: the partial reply stays
    OTHER = "other"


def error_kind(error: BaseException | None, message: Message | None = None) -> ErrorKind:
    """What kind of failure ``error`` was (falls back on what the stored reply shows)."""
    if isinstance(error, ModelNotFound):
        return ErrorKind.NOT_INSTALLED
    if isinstance(error, ServerUnreachable):
        return ErrorKind.UNREACHABLE
    if isinstance(error, RequestRejected):
        return ErrorKind.REJECTED
    if isinstance(error, StreamBroken):
        return ErrorKind.BROKEN
    if isinstance(error, OllamaError):
        return ErrorKind.OTHER
    if message is not None and message.content:
        return ErrorKind.BROKEN
    return ErrorKind.OTHER


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    kind: ErrorKind
    text: str
    model: str = ""
    signin_url: str = ""  # a cloud model needs an ollama.com account: where to sign in


def seconds(nanoseconds: int | None) -> float | None:
    return nanoseconds / 1e9 if nanoseconds else None
