"""Conversations: create, read, list for the sidebar, change settings, title, draft, delete."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from desktop.storage.database import Database
from desktop.storage.records import Conversation, TitleSource

COLUMNS = (
    "id, title, title_source, model, system_prompt, options, think, keep_alive, pinned, "
    "created_at, updated_at, draft, scroll_position"
)


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


class ConversationRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        # This run's start and the chats it made: pruning never takes a chat this run made
        # (the person may be about to type into it) and leaves every chat newer than the start
        # alone, whichever app or clock made it.
        self._started_at = database.now()
        self._created: set[int] = set()

    def create(
        self,
        *,
        model: str = "",
        system_prompt: str = "",
        options: dict[str, Any] | None = None,
        think: bool | str | None = None,
        keep_alive: int | str | None = None,
        title: str = "",
    ) -> Conversation:
        """A new, empty conversation. A ``title`` given here counts as typed by the user."""
        now = self._db.now()
        source = TitleSource.USER if title else TitleSource.NONE
        cursor = self._db.execute(
            "INSERT INTO conversations (title, title_source, model, system_prompt, options, "
            "think, keep_alive, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                title,
                source.value,
                model,
                system_prompt,
                _dump(options or {}),
                _dump_optional(think),
                _dump_optional(keep_alive),
                now,
                now,
            ),
        )
        conversation = self.get(int(cursor.lastrowid or 0))
        assert conversation is not None
        self._created.add(conversation.id)
        return conversation

    def get(self, conversation_id: int) -> Conversation | None:
        row = self._db.query_one(
            f"SELECT {COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        )
        return _conversation(row) if row is not None else None

    def list(self, *, limit: int | None = None) -> list[Conversation]:
        """Pinned first, then the most recently active: the sidebar's order."""
        sql = f"SELECT {COLUMNS} FROM conversations ORDER BY pinned DESC, updated_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_conversation(row) for row in self._db.query(sql)]

    def count(self) -> int:
        return int(self._db.query_one("SELECT count(*) FROM conversations")[0])

    def update(
        self,
        conversation_id: int,
        *,
        model: str = UNSET,
        system_prompt: str = UNSET,
        options: dict[str, Any] = UNSET,
        think: bool | str | None = UNSET,
        keep_alive: int | str | None = UNSET,
        pinned: bool = UNSET,
    ) -> None:
        """Change the given settings (others stay). Does not count as activity."""
        changes: dict[str, Any] = {}
        if model is not UNSET:
            changes["model"] = model
        if system_prompt is not UNSET:
            changes["system_prompt"] = system_prompt
        if options is not UNSET:
            changes["options"] = _dump(options or {})
        if think is not UNSET:
            changes["think"] = _dump_optional(think)
        if keep_alive is not UNSET:
            changes["keep_alive"] = _dump_optional(keep_alive)
        if pinned is not UNSET:
            changes["pinned"] = int(bool(pinned))
        if not changes:
            return
        assignments = ", ".join(f"{name} = ?" for name in changes)
        self._db.execute(
            f"UPDATE conversations SET {assignments} WHERE id = ?",
            (*changes.values(), conversation_id),
        )

    def rename(self, conversation_id: int, title: str) -> None:
        """A title the user typed; an empty one hands the choice back to the app."""
        title = " ".join(title.split())
        source = TitleSource.USER if title else TitleSource.NONE
        self._db.execute(
            "UPDATE conversations SET title = ?, title_source = ? WHERE id = ?",
            (title, source.value, conversation_id),
        )

    def set_generated_title(self, conversation_id: int, title: str, source: TitleSource) -> bool:
        """Set an automatic or fallback title unless the user typed one; True when written.

        A fallback never replaces an automatic title."""
        allowed = (
            (TitleSource.NONE, TitleSource.FALLBACK)
            if source is TitleSource.FALLBACK
            else (TitleSource.NONE, TitleSource.FALLBACK, TitleSource.AUTO)
        )
        marks = ", ".join("?" for _ in allowed)
        cursor = self._db.execute(
            f"UPDATE conversations SET title = ?, title_source = ? "
            f"WHERE id = ? AND title_source IN ({marks})",
            (title, source.value, conversation_id, *(value.value for value in allowed)),
        )
        return cursor.rowcount > 0

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.update(conversation_id, pinned=pinned)

    def save_draft(self, conversation_id: int, text: str) -> None:
        """The composer's unsent text. Cheap: call it on a short timer while the user types."""
        self._db.execute(
            "UPDATE conversations SET draft = ? WHERE id = ? AND draft != ?",
            (text, conversation_id, text),
        )

    def save_scroll_position(self, conversation_id: int, position: float | None) -> None:
        """Where the chat view was scrolled (None: at the end)."""
        self._db.execute(
            "UPDATE conversations SET scroll_position = ? WHERE id = ?",
            (position, conversation_id),
        )

    def touch(self, conversation_id: int) -> None:
        """Record activity now (moves the conversation to the top of the sidebar)."""
        self._db.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?",
            (self._db.now(), conversation_id),
        )

    def delete(self, conversation_id: int) -> None:
        """Delete the conversation with its messages and images."""
        self._db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def prune_empty(self, *, keep: Iterable[int] = ()) -> int:
        """Delete conversations with no message and no draft (a "New chat" never used) that
        an earlier run left behind: never one made since this store was opened, or by it."""
        kept = sorted({int(value) for value in keep} | self._created)
        sql = (
            "DELETE FROM conversations WHERE draft = '' AND created_at < ? "
            "AND NOT EXISTS (SELECT 1 FROM messages WHERE conversation_id = conversations.id)"
        )
        if kept:
            sql += f" AND id NOT IN ({', '.join('?' for _ in kept)})"
        return self._db.execute(sql, (self._started_at, *kept)).rowcount


def _conversation(row: Any) -> Conversation:
    return Conversation(
        id=row[0],
        title=row[1],
        title_source=TitleSource(row[2]),
        model=row[3],
        system_prompt=row[4],
        options=_load(row[5]) or {},
        think=_load(row[6]),
        keep_alive=_load(row[7]),
        pinned=bool(row[8]),
        created_at=row[9],
        updated_at=row[10],
        draft=row[11],
        scroll_position=row[12],
    )


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _dump_optional(value: Any) -> str | None:
    return None if value is None else _dump(value)


def _load(text: str | None) -> Any:
    if text is None or text == "":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
