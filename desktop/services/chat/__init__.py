"""Chat sessions: the Qt-free logic behind the Chat tab (send, stream, save, versions, titles).

Start at :class:`desktop.services.chat.session.ChatSession`; events are in
:mod:`desktop.services.chat.events`.
"""

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
