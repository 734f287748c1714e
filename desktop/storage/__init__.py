"""Chat storage: SQLite conversations, messages (with versions), images, search, export.

Never imports Qt. Start at :class:`desktop.storage.store.ChatStore`.
"""

from desktop.storage.database import StorageError, StorageFull
from desktop.storage.exchange import ImportFailed
from desktop.storage.records import (
    MATCH_END,
    MATCH_START,
    AttachmentInfo,
    Conversation,
    DocumentInfo,
    DocumentMode,
    DocumentState,
    Message,
    MessageState,
    NewAttachment,
    NewDocument,
    NewPassage,
    ReplySave,
    ReplyStats,
    SearchHit,
    Source,
    Thread,
    TitleSource,
    split_snippet,
)
from desktop.storage.reply_writer import ReplyWriter
from desktop.storage.store import ChatStore

__all__ = [
    "MATCH_END",
    "MATCH_START",
    "AttachmentInfo",
    "ChatStore",
    "Conversation",
    "DocumentInfo",
    "DocumentMode",
    "DocumentState",
    "ImportFailed",
    "Message",
    "MessageState",
    "NewAttachment",
    "NewDocument",
    "NewPassage",
    "ReplySave",
    "ReplyStats",
    "ReplyWriter",
    "SearchHit",
    "Source",
    "StorageError",
    "StorageFull",
    "Thread",
    "TitleSource",
    "split_snippet",
]
