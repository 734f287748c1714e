"""Chat sessions: the Qt-free logic behind the Chat tab (send, stream, save, versions, titles).

Start at :class:`desktop.services.chat.session.ChatSession`; events are in
:mod:`desktop.services.chat.events`. The names below are loaded when first used (PEP 562): the
composition root imports the chat exchange before the window shows, and the sessions and
events are needed only once the Chat tab is built, after the first paint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.chat.errors import SessionBusy, SessionError
    from desktop.services.chat.events import (
        ChatEvent,
        ChatListener,
        PhaseChanged,
        ReplyDelta,
        ReplyEnded,
        ReplyPhase,
        ReplyStarted,
        SaveFailed,
        ThreadChanged,
        TitleChanged,
    )
    from desktop.services.chat.live import LiveReply
    from desktop.services.chat.session import ChatSession

_HOMES = {
    "desktop.services.chat.errors": ("SessionBusy", "SessionError"),
    "desktop.services.chat.events": (
        "ChatEvent",
        "ChatListener",
        "PhaseChanged",
        "ReplyDelta",
        "ReplyEnded",
        "ReplyPhase",
        "ReplyStarted",
        "SaveFailed",
        "ThreadChanged",
        "TitleChanged",
    ),
    "desktop.services.chat.live": ("LiveReply",),
    "desktop.services.chat.session": ("ChatSession",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "ChatEvent",
    "ChatListener",
    "ChatSession",
    "LiveReply",
    "PhaseChanged",
    "ReplyDelta",
    "ReplyEnded",
    "ReplyPhase",
    "ReplyStarted",
    "SaveFailed",
    "SessionBusy",
    "SessionError",
    "ThreadChanged",
    "TitleChanged",
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
