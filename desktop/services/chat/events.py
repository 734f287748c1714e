"""What a chat session tells its listeners: plain dataclasses, delivered on the loop's thread.

A listener is any ``Callable[[ChatEvent], None]`` given to ``ChatSession.subscribe``. The Qt
side wraps it in one signal carrying the event object; nothing here knows Qt.

Order for one reply: ``ReplyStarted`` → ``PhaseChanged(LOADING)`` → (``PhaseChanged(THINKING)``
→ ``ReplyDelta``...)? → ``PhaseChanged(STREAMING)`` → ``ReplyDelta``... → ``ReplyEnded`` with
DONE, STOPPED or ERROR. ``ReplyEnded`` always comes, exactly once per ``ReplyStarted``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from desktop.storage.records import Message, Source


class ReplyPhase(StrEnum):
    LOADING = "loading"  # request sent, no token yet (the server may be loading the model)
    THINKING = "thinking"  # thinking tokens are arriving
    STREAMING = "streaming"  # answer tokens are arriving
    DONE = "done"  # finished normally (stored as COMPLETE)
    STOPPED = "stopped"  # the user pressed Stop, or the session closed (stored as INTERRUPTED)
    ERROR = "error"  # the server failed; the partial reply is kept (stored as ERROR)

    @property
    def is_final(self) -> bool:
        return self in (ReplyPhase.DONE, ReplyPhase.STOPPED, ReplyPhase.ERROR)


@dataclass(frozen=True, slots=True)
class ReplyStarted:
    """The user's message (new or edited) and the empty reply are saved; the path changed.

    ``path`` is the whole visible path after the change (read with the save, on the storage
    thread), so a view can show it without reading the store itself.
    """

    conversation_id: int
    user_message: Message
    reply: Message
    path: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class PhaseChanged:
    conversation_id: int
    message_id: int
    phase: ReplyPhase


@dataclass(frozen=True, slots=True)
class ReplyDelta:
    """New text for the live reply. Append it; render at most once per frame
    (docs/architecture.md, "Threads and the async model")."""

    conversation_id: int
    message_id: int
    content: str
    thinking: str


@dataclass(frozen=True, slots=True)
class ReplyEnded:
    """The reply is over and saved. ``reply`` is its record (state, text, stats, error) as the
    session holds it: what was saved, or, after a :class:`SaveFailed`, what is still to save."""

    conversation_id: int
    reply: Message
    phase: ReplyPhase  # DONE, STOPPED or ERROR
    error: str = ""  # plain words for ERROR, already stored in ``reply.error``


@dataclass(frozen=True, slots=True)
class TitleChanged:
    conversation_id: int
    title: str


@dataclass(frozen=True, slots=True)
class ThreadChanged:
    """The visible path changed (version switched, message deleted): reload ``thread()``."""

    conversation_id: int


@dataclass(frozen=True, slots=True)
class SaveFailed:
    """Something could not be saved (the disk is full): ``message`` says so in plain words.

    Comes before the ``ReplyEnded`` of a reply the disk refused; that reply's text is kept in
    memory, shown as interrupted, and saved when there is room again."""

    conversation_id: int
    message: str


@dataclass(frozen=True, slots=True)
class DocumentsProgress:
    """Before a reply is asked for, a large document's passages are being embedded (read for
    the question): ``done`` of ``total`` passages of ``name``."""

    conversation_id: int
    message_id: int
    name: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class SourcesChosen:
    """The passages of documents the reply is given (saved with it before it streams)."""

    conversation_id: int
    message_id: int
    sources: tuple[Source, ...]


ChatEvent = (
    ReplyStarted
    | PhaseChanged
    | ReplyDelta
    | ReplyEnded
    | TitleChanged
    | ThreadChanged
    | SaveFailed
    | DocumentsProgress
    | SourcesChosen
)
ChatListener = Callable[[ChatEvent], None]
