"""The plain records the storage layer hands out: conversations, messages, attachments, hits.

Plain dataclasses, no database handle inside, so the UI can keep them, compare them and pass
them across without touching SQLite. Times are Unix seconds (``time.time()``); durations from
the server stay in nanoseconds, as Ollama sends them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# Markers that ``SearchHit.snippet`` puts around each matched term. Control characters never
# occur in typed text, so the UI can escape the snippet first and then turn them into highlight.
MATCH_START = "\x02"
MATCH_END = "\x03"


class MessageState(StrEnum):
    """Where a message stands. User and system messages are always ``COMPLETE``."""

    COMPLETE = "complete"  # the reply ended normally (or: a message the user wrote)
    STREAMING = "streaming"  # being written right now
    INTERRUPTED = "interrupted"  # stopped by the user, or the app ended mid-reply
    ERROR = "error"  # the server failed; ``Message.error`` says why in plain words


class TitleSource(StrEnum):
    """Who chose a conversation's title. A title the user typed is never replaced."""

    NONE = "none"  # no title yet: the UI shows "New chat"
    FALLBACK = "fallback"  # the first words of the first message, until auto-title answers
    AUTO = "auto"  # written by the model after the first exchange
    USER = "user"  # typed by the user


@dataclass(slots=True)
class Conversation:
    id: int
    title: str = ""
    title_source: TitleSource = TitleSource.NONE
    model: str = ""
    system_prompt: str = ""
    options: dict[str, Any] = field(default_factory=dict)  # only the options the user changed
    think: bool | str | None = None  # None: the model's default; True/False/"low"/"high"...
    keep_alive: int | str | None = None  # None: the server's default (5 minutes)
    pinned: bool = False
    created_at: float = 0.0
    updated_at: float = 0.0  # last activity (a message saved): the sidebar's order
    draft: str = ""  # the composer's unsent text, so it survives a restart
    scroll_position: float | None = None  # None: scrolled to the end

    @property
    def title_set_by_user(self) -> bool:
        return self.title_source is TitleSource.USER


@dataclass(slots=True)
class ReplyStats:
    """The figures of a finished reply (durations in nanoseconds, as Ollama sends them)."""

    prompt_eval_count: int | None = None
    prompt_eval_duration: int | None = None
    eval_count: int | None = None
    eval_duration: int | None = None
    total_duration: int | None = None
    load_duration: int | None = None

    @classmethod
    def of(cls, source: Any) -> ReplyStats:
        """Copy the figures from anything that has them as attributes (a final ``ChatChunk``)."""
        return cls(**{name: getattr(source, name, None) for name in cls.__slots__})

    @property
    def tokens_per_second(self) -> float | None:
        if self.eval_count and self.eval_duration:
            return self.eval_count / self.eval_duration * 1e9
        return None

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in self.__slots__)


@dataclass(frozen=True, slots=True)
class ReplySave:
    """One write of a streaming reply: its whole text so far and, at its end, its state.

    Taken on the loop's thread (a snapshot of the text), written on the storage thread;
    ``sequence`` orders a reply's saves so an older one never overwrites a newer one.
    """

    message_id: int
    sequence: int
    content: str
    thinking: str
    thinking_duration: float | None = None
    state: MessageState | None = None  # None: still streaming
    error: str | None = None
    done_reason: str | None = None
    stats: ReplyStats | None = None


@dataclass(slots=True)
class AttachmentInfo:
    """An image stored with a message; read its bytes with ``store.attachments.data(id)``."""

    id: int
    message_id: int
    mime_type: str
    name: str = ""
    size: int = 0


@dataclass(slots=True)
class NewAttachment:
    """An image to store with a new message."""

    data: bytes
    mime_type: str = "image/png"
    name: str = ""


class DocumentMode(StrEnum):
    """How a document reaches the model."""

    WHOLE = "whole"  # small: its whole text goes into the prompt
    PASSAGES = "passages"  # large: the passages most relevant to each question


class DocumentState(StrEnum):
    """Where a large document's embedding stands (a small one is always ``READY``)."""

    READY = "ready"  # every passage has its vector (or: a whole document)
    EMBEDDING = "embedding"  # passages still without a vector: resumed at the next start
    CANCELLED = "cancelled"  # the user stopped it; asked again at the next question


@dataclass(slots=True)
class DocumentInfo:
    """A document stored with a message, without its text (read that with
    ``store.documents.text(id)``)."""

    id: int
    message_id: int
    name: str
    kind: str
    size: int
    page_count: int | None
    chars: int
    mode: DocumentMode = DocumentMode.WHOLE
    state: DocumentState = DocumentState.READY
    embed_model: str = ""
    passage_count: int = 0
    embedded_count: int = 0


@dataclass(frozen=True, slots=True)
class NewPassage:
    """A passage of a large document, with where it sits (page, heading)."""

    index: int
    text: str
    page: int | None = None
    heading: str = ""


@dataclass(slots=True)
class NewDocument:
    """A document to store with a new message: its extracted text, and the original file's
    bytes when it is small enough to keep (``original`` None otherwise)."""

    name: str
    kind: str
    size: int
    text: str
    page_count: int | None = None
    encoding: str = ""
    original: bytes | None = None
    mode: DocumentMode = DocumentMode.WHOLE
    passages: tuple[NewPassage, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A passage a reply was given, exactly as it was sent."""

    document_name: str
    page: int | None
    heading: str
    text: str


@dataclass(slots=True)
class Message:
    id: int
    conversation_id: int
    parent_id: int | None
    role: str  # "system", "user" or "assistant"
    content: str = ""
    thinking: str = ""
    thinking_duration: float | None = None  # seconds the model spent thinking
    model: str = ""
    options: dict[str, Any] = field(default_factory=dict)  # the options sent with this reply
    state: MessageState = MessageState.COMPLETE
    error: str = ""  # plain words, when state is ERROR
    done_reason: str | None = None  # "stop", "length"... from the server
    stats: ReplyStats = field(default_factory=ReplyStats)
    created_at: float = 0.0
    attachments: list[AttachmentInfo] = field(default_factory=list)
    # Versions: messages sharing a parent are versions of one another (a regenerated reply, an
    # edited user message). ``version`` is 1-based among ``version_ids`` (oldest first).
    version: int = 1
    version_ids: list[int] = field(default_factory=list)
    selected: bool = True  # the visible one among its versions
    documents: list[DocumentInfo] = field(default_factory=list)  # a user's message's files
    sources: list[Source] = field(default_factory=list)  # what a reply was given to read

    @property
    def version_count(self) -> int:
        return max(1, len(self.version_ids))

    @property
    def is_streaming(self) -> bool:
        return self.state is MessageState.STREAMING


@dataclass(slots=True)
class Thread:
    """A conversation and its visible path: the messages the chat view shows, in order."""

    conversation: Conversation
    messages: list[Message]

    @property
    def last(self) -> Message | None:
        return self.messages[-1] if self.messages else None


@dataclass(slots=True)
class SearchHit:
    """One search result. ``message_id`` is None when the conversation's title matched."""

    conversation_id: int
    message_id: int | None
    conversation_title: str
    role: str  # the message's role, or "title"
    snippet: str  # matched terms wrapped in MATCH_START/MATCH_END; see ``snippet_parts``
    created_at: float
    rank: float  # lower is better (FTS5 bm25)

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces: escape each, highlight the matches."""
        return split_snippet(self.snippet)


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(MATCH_START)
        if start < 0:
            parts.append((rest, False))
            break
        if start:
            parts.append((rest[:start], False))
        end = rest.find(MATCH_END, start + 1)
        if end < 0:
            end = len(rest)
        if end > start + 1:
            parts.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return [(text.replace(MATCH_START, "").replace(MATCH_END, ""), hit) for text, hit in parts]
