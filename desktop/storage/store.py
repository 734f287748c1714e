"""``ChatStore``: the one object the rest of the app uses to reach the chat database.

Open it once at start-up (``ChatStore.open(data_dir)``), share it, close it at exit. It owns the
single SQLite connection (``<data_dir>/paddock.db``), used from one thread at a time: the
operation runner's worker (desktop/services/operations.py) while the app runs. Each call is a
small indexed read or a single-row write, milliseconds at most.

    store = ChatStore.open(data_dir)
    conversation = store.conversations.create(model="llama3.2")
    thread = store.messages.thread(conversation.id)        # the visible path, one query
    hits = store.search("rust borrow")                      # FTS5, ranked, with snippets
    text = store.export_markdown(conversation.id)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.storage import backup, exchange
from desktop.storage.attachments import AttachmentRepository
from desktop.storage.conversations import ConversationRepository
from desktop.storage.database import DATABASE_FILE, Database
from desktop.storage.documents import DocumentRepository
from desktop.storage.memory_notes import MemoryNotesRepository
from desktop.storage.messages import MessageRepository
from desktop.storage.pending import PendingSaves
from desktop.storage.records import SearchHit
from desktop.storage.reply_writer import FLUSH_INTERVAL, ReplyWriter
from desktop.storage.search import search

log = logging.getLogger(__name__)


class ChatStore:
    """Conversations, messages, attachments, search, export and backup over one database."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.conversations = ConversationRepository(database)
        self.messages = MessageRepository(database)
        self.attachments = AttachmentRepository(database)
        self.memory = MemoryNotesRepository(database)
        self.documents = DocumentRepository(database)
        # Reply saves a full disk refused, written when there is room again.
        self.pending = PendingSaves()

    @classmethod
    def open(cls, data_dir: Path, *, now: Callable[[], float] = time.time) -> ChatStore:
        """Open (creating or upgrading) ``<data_dir>/paddock.db``.

        Replies left ``streaming`` by a crash become ``interrupted``. Raises
        :class:`~desktop.storage.database.StorageError` (plain ``.message``) when the file
        cannot be used: unreadable, not a database, or written by a newer Paddock.
        """
        backup.remove_unfinished_backup(Path(data_dir))
        return cls(Database.open(Path(data_dir) / DATABASE_FILE, now=now))

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        """Write what a full disk refused if there is room now, then close the file. Replies
        still unsaved keep their last saved text and are marked interrupted at the next start.
        """
        if not self.pending.retry_quietly():
            log.warning("%d reply(ies) could not be saved before closing", len(self.pending))
        self.database.close()

    # --- replies --------------------------------------------------------------------------

    def reply_writer(
        self,
        message_id: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        flush_interval: float = FLUSH_INTERVAL,
    ) -> ReplyWriter:
        """A writer that saves a streaming reply at least once a second and on every end."""
        return ReplyWriter(
            self.messages,
            message_id,
            clock=clock,
            flush_interval=flush_interval,
            pending=self.pending,
        )

    # --- search ---------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Messages and titles matching every word of ``text`` (the last as a prefix), best
        first. Empty or wordless text gives no hits."""
        return search(self.database, text, limit=limit)

    # --- export / import ------------------------------------------------------------------

    def export_markdown(self, conversation_id: int) -> str:
        """The visible path as readable Markdown (images named, not embedded)."""
        return exchange.export_markdown(self, conversation_id)

    def export_json(self, conversation_id: int) -> dict[str, Any]:
        """Everything about one conversation, every version and image included (base64)."""
        return exchange.export_json(self, conversation_id)

    def import_json(self, data: dict[str, Any], progress: exchange.Progress | None = None) -> int:
        """Add a conversation exported by ``export_json``; returns its new id.
        ``progress(done, total)`` counts the messages in, now and then.

        Raises :class:`~desktop.storage.exchange.ImportFailed` (plain ``.message``) for a file
        that is not a Paddock chat export."""
        return exchange.import_json(self, data, progress)

    # --- backup / restore -----------------------------------------------------------------

    def backup_to(self, target: Path) -> None:
        """Write a consistent copy of every chat (one SQLite file) to ``target``."""
        backup.backup_to(self.database, Path(target))

    def restore_from(self, source: Path) -> None:
        """Replace every chat with the backup at ``source`` (checked first; upgraded if old).

        Raises :class:`~desktop.storage.database.StorageError` for a file that is not a
        usable backup; the current chats are then left untouched."""
        backup.restore_from(self.database, Path(source))

    def integrity_ok(self) -> bool:
        return self.database.integrity_ok()
