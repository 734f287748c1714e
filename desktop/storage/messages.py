"""Messages: a tree of versions per conversation, and the visible path through it.

A regenerated reply or an edited user message is a new *sibling* (same parent) of the message
it replaces; the old one stays. Among siblings exactly one is ``selected``; the visible path
starts at the selected first message and follows the selected child at each step. Loading a
conversation is one indexed query (all its rows), the path is walked in Python: 2,000 messages
take a few milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.storage.conversations import ConversationRepository
from desktop.storage.database import Database
from desktop.storage.documents import DocumentRepository
from desktop.storage.records import (
    AttachmentInfo,
    Message,
    MessageState,
    NewAttachment,
    NewDocument,
    ReplyStats,
    Thread,
)

COLUMNS = (
    "id, conversation_id, parent_id, selected, role, content, thinking, thinking_duration, "
    "model, options, state, error, done_reason, prompt_eval_count, prompt_eval_duration, "
    "eval_count, eval_duration, total_duration, load_duration, created_at"
)
_ID, _CONVERSATION, _PARENT, _SELECTED = 0, 1, 2, 3
ATTACHMENT_COLUMNS = "a.id, a.message_id, a.mime_type, a.name, a.size"


class MessageRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._documents = DocumentRepository(database)

    # --- writing --------------------------------------------------------------------------

    def add(
        self,
        conversation_id: int,
        role: str,
        content: str = "",
        *,
        parent_id: int | None,
        thinking: str = "",
        model: str = "",
        options: dict[str, Any] | None = None,
        state: MessageState = MessageState.COMPLETE,
        attachments: Sequence[NewAttachment] = (),
        documents: Sequence[NewDocument] = (),
    ) -> Message:
        """Save a message as the newest, selected child of ``parent_id`` (None: the first
        message). Its older siblings become other versions. Counts as activity."""
        now = self._db.now()
        with self._db.transaction():
            self._deselect_siblings(conversation_id, parent_id)
            cursor = self._db.execute(
                "INSERT INTO messages (conversation_id, parent_id, selected, role, content, "
                "thinking, model, options, state, created_at) "
                "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    parent_id,
                    role,
                    content,
                    thinking,
                    model,
                    json.dumps(options or {}),
                    MessageState(state).value,
                    now,
                ),
            )
            message_id = int(cursor.lastrowid or 0)
            for attachment in attachments:
                self._db.execute(
                    "INSERT INTO attachments (message_id, mime_type, name, size, data) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        message_id,
                        attachment.mime_type,
                        attachment.name,
                        len(attachment.data),
                        bytes(attachment.data),
                    ),
                )
            self._documents.add(message_id, documents)
            self._db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id)
            )
        message = self.get(message_id)
        assert message is not None
        return message

    def save_reply(
        self,
        message_id: int,
        *,
        content: str,
        thinking: str,
        thinking_duration: float | None = None,
        state: MessageState | None = None,
        error: str | None = None,
        done_reason: str | None = None,
        stats: ReplyStats | None = None,
    ) -> None:
        """One write of a reply's text so far and, at its end, its state and figures."""
        fields: dict[str, Any] = {
            "content": content,
            "thinking": thinking,
            "thinking_duration": thinking_duration,
        }
        if state is not None:
            fields["state"] = MessageState(state).value
        if error is not None:
            fields["error"] = error
        if done_reason is not None:
            fields["done_reason"] = done_reason
        if stats is not None:
            for name in ReplyStats.__slots__:
                fields[name] = getattr(stats, name)
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self._db.execute(
            f"UPDATE messages SET {assignments} WHERE id = ?", (*fields.values(), message_id)
        )
        if state is not None:
            self._db.execute(
                "UPDATE conversations SET updated_at = ? "
                "WHERE id = (SELECT conversation_id FROM messages WHERE id = ?)",
                (self._db.now(), message_id),
            )

    def select(self, message_id: int) -> None:
        """Make this version the visible one among its siblings."""
        row = self._db.query_one(
            "SELECT conversation_id, parent_id FROM messages WHERE id = ?", (message_id,)
        )
        if row is None:
            return
        with self._db.transaction():
            self._deselect_siblings(row[0], row[1])
            self._db.execute("UPDATE messages SET selected = 1 WHERE id = ?", (message_id,))

    def reveal(self, message_id: int) -> None:
        """Put this message on the visible path (select it and every ancestor): used to open
        a search hit that sits on a branch not shown."""
        with self._db.transaction():
            for message in self.path_to(message_id):
                self.select(message.id)

    def delete(self, message_id: int) -> int:
        """Delete a message with every message under it (its branch); returns how many."""
        ids = self.branch_ids(message_id)
        if not ids:
            return 0
        with self._db.transaction():
            # Children first, so no statement ever leaves a dangling parent.
            self._db.execute_many(
                "DELETE FROM messages WHERE id = ?", [(value,) for value in sorted(ids)[::-1]]
            )
        return len(ids)

    def _deselect_siblings(self, conversation_id: int, parent_id: int | None) -> None:
        self._db.execute(
            "UPDATE messages SET selected = 0 "
            "WHERE parent_id IS ? AND conversation_id = ? AND selected = 1",
            (parent_id, conversation_id),
        )

    # --- reading --------------------------------------------------------------------------

    def get(self, message_id: int) -> Message | None:
        """One message with its attachments and version numbers."""
        row = self._db.query_one(f"SELECT {COLUMNS} FROM messages WHERE id = ?", (message_id,))
        if row is None:
            return None
        message = _message(row)
        message.attachments = self._attachments_of([message_id]).get(message_id, [])
        message.documents = self._documents.of_messages([message_id]).get(message_id, [])
        message.sources = self._documents.sources_of([message_id]).get(message_id, [])
        message.version_ids = self.versions(message_id)
        message.version = message.version_ids.index(message_id) + 1
        return message

    def thread(self, conversation_id: int) -> Thread | None:
        """The conversation and its visible path; None if it does not exist."""
        conversation = ConversationRepository(self._db).get(conversation_id)
        if conversation is None:
            return None
        return Thread(conversation, self.visible_path(conversation_id))

    def visible_path(self, conversation_id: int) -> list[Message]:
        """The messages the chat view shows, first to last, with attachments and versions."""
        rows = self._db.query(
            f"SELECT {COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        )
        children: dict[int | None, list[Any]] = {}
        for row in rows:
            children.setdefault(row[_PARENT], []).append(row)
        path: list[Message] = []
        level = children.get(None)
        while level:
            chosen = next((row for row in reversed(level) if row[_SELECTED]), level[-1])
            message = _message(chosen)
            message.version_ids = [row[_ID] for row in level]
            message.version = message.version_ids.index(chosen[_ID]) + 1
            path.append(message)
            level = children.get(chosen[_ID])
        if path:
            attachments = self._attachments_in(conversation_id)
            documents = self._documents.in_conversation(conversation_id)
            sources = self._documents.sources_in(conversation_id)
            for message in path:
                message.attachments = attachments.get(message.id, [])
                message.documents = documents.get(message.id, [])
                message.sources = sources.get(message.id, [])
        return path

    def path_to(self, message_id: int) -> list[Message]:
        """The message and its ancestors, first message first (the history behind it)."""
        rows = self._db.query(
            f"WITH RECURSIVE up (id, depth) AS ("
            f" SELECT id, 0 FROM messages WHERE id = ?"
            f" UNION ALL SELECT m.parent_id, up.depth + 1 FROM messages m JOIN up"
            f" ON m.id = up.id WHERE m.parent_id IS NOT NULL)"
            f" SELECT {COLUMNS} FROM messages JOIN up USING (id) ORDER BY up.depth DESC",
            (message_id,),
        )
        path = [_message(row) for row in rows]
        ids = [message.id for message in path]
        attachments = self._attachments_of(ids)
        documents = self._documents.of_messages(ids)
        sources = self._documents.sources_of(ids)
        for message in path:
            message.attachments = attachments.get(message.id, [])
            message.documents = documents.get(message.id, [])
            message.sources = sources.get(message.id, [])
        return path

    def versions(self, message_id: int) -> list[int]:
        """Ids of this message and its siblings, oldest first."""
        return [
            row[0]
            for row in self._db.query(
                "SELECT s.id FROM messages m JOIN messages s ON s.parent_id IS m.parent_id "
                "AND s.conversation_id = m.conversation_id WHERE m.id = ? ORDER BY s.id",
                (message_id,),
            )
        ]

    def branch_ids(self, message_id: int) -> list[int]:
        """This message and every message under it, in any branch."""
        return [
            row[0]
            for row in self._db.query(
                "WITH RECURSIVE down (id) AS (SELECT id FROM messages WHERE id = ? "
                "UNION ALL SELECT m.id FROM messages m JOIN down ON m.parent_id = down.id) "
                "SELECT id FROM down",
                (message_id,),
            )
        ]

    def count(self, conversation_id: int | None = None) -> int:
        if conversation_id is None:
            return int(self._db.query_one("SELECT count(*) FROM messages")[0])
        return int(
            self._db.query_one(
                "SELECT count(*) FROM messages WHERE conversation_id = ?", (conversation_id,)
            )[0]
        )

    def all_in(self, conversation_id: int) -> list[Message]:
        """Every message of a conversation, every version, in the order they were written."""
        rows = self._db.query(
            f"SELECT {COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        )
        messages = [_message(row) for row in rows]
        attachments = self._attachments_in(conversation_id)
        documents = self._documents.in_conversation(conversation_id)
        sources = self._documents.sources_in(conversation_id)
        for message in messages:
            message.attachments = attachments.get(message.id, [])
            message.documents = documents.get(message.id, [])
            message.sources = sources.get(message.id, [])
        return messages

    def _attachments_in(self, conversation_id: int) -> dict[int, list[AttachmentInfo]]:
        rows = self._db.query(
            f"SELECT {ATTACHMENT_COLUMNS} FROM messages m JOIN attachments a "
            "ON a.message_id = m.id WHERE m.conversation_id = ? ORDER BY a.id",
            (conversation_id,),
        )
        return _group(rows)

    def _attachments_of(self, message_ids: Iterable[int]) -> dict[int, list[AttachmentInfo]]:
        ids = list(message_ids)
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._db.query(
            f"SELECT {ATTACHMENT_COLUMNS} FROM attachments a WHERE a.message_id IN ({marks}) "
            "ORDER BY a.id",
            ids,
        )
        return _group(rows)


def _group(rows: Iterable[Any]) -> dict[int, list[AttachmentInfo]]:
    grouped: dict[int, list[AttachmentInfo]] = {}
    for row in rows:
        grouped.setdefault(row[1], []).append(AttachmentInfo(*row))
    return grouped


_STATES = {state.value: state for state in MessageState}


def _message(row: Any) -> Message:
    """A record from a row (positional: this runs 2,000 times when a long chat opens)."""
    return Message(
        row[0],
        row[1],
        row[2],
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        _load_options(row[9]),
        _STATES[row[10]],
        row[11],
        row[12],
        ReplyStats(row[13], row[14], row[15], row[16], row[17], row[18]),
        row[19],
        [],
        1,
        [row[0]],
        bool(row[3]),
    )


def _load_options(text: str) -> dict[str, Any]:
    if not text or text == "{}":
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
