"""What a chat remembers about the model's memory: "continue anyway", and summary links.

One row per chat that has any of it (``conversation_memory``, schema version 4). A chat
continued from a summary names its source (``continued_from``) and the source names it
(``continued_in``); deleting either chat leaves the other without the link.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.storage.database import Database


@dataclass(frozen=True, slots=True)
class MemoryNotes:
    conversation_id: int
    continue_anyway: bool = False
    continued_from: int | None = None
    continued_in: int | None = None


class MemoryNotesRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, conversation_id: int) -> MemoryNotes:
        row = self._db.query_one(
            "SELECT continue_anyway, continued_from, continued_in FROM conversation_memory "
            "WHERE conversation_id = ?",
            (conversation_id,),
        )
        if row is None:
            return MemoryNotes(conversation_id)
        return MemoryNotes(conversation_id, bool(row[0]), row[1], row[2])

    def set_continue_anyway(self, conversation_id: int, value: bool = True) -> None:
        self._ensure(conversation_id)
        self._db.execute(
            "UPDATE conversation_memory SET continue_anyway = ? WHERE conversation_id = ?",
            (int(value), conversation_id),
        )

    def link(self, source_id: int, continuation_id: int) -> None:
        """``continuation_id`` carries on ``source_id`` from a summary of it."""
        with self._db.transaction():
            self._ensure(source_id)
            self._ensure(continuation_id)
            self._db.execute(
                "UPDATE conversation_memory SET continued_in = ? WHERE conversation_id = ?",
                (continuation_id, source_id),
            )
            self._db.execute(
                "UPDATE conversation_memory SET continued_from = ? WHERE conversation_id = ?",
                (source_id, continuation_id),
            )

    def _ensure(self, conversation_id: int) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO conversation_memory (conversation_id) VALUES (?)",
            (conversation_id,),
        )
