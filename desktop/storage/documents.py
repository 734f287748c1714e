"""Documents attached to messages, their passages and vectors, and the sources of replies.

The extracted text lives in SQLite (searchable, exported, backed up with the chat); the
original file only when it is below ``ORIGINAL_CAP`` (enough to open it again, without making
every backup huge). A large document's passages carry their embedding vectors as float32
BLOBs, so a question asked after a restart reuses them; a document whose vectors are not all
there yet stays ``embedding`` and is resumed. A reply's sources are copies of the passages
exactly as they were sent, so they stay true even if the document is deleted later.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop.storage.database import Database
from desktop.storage.records import (
    DocumentInfo,
    DocumentMode,
    DocumentState,
    NewDocument,
    NewPassage,
    Source,
)

ORIGINAL_CAP = 10 * 1024 * 1024  # originals above this are not kept (the text always is)
INFO_COLUMNS = (
    "d.id, d.message_id, d.name, d.kind, d.size, d.page_count, length(d.text), d.mode, "
    "d.state, d.embed_model, "
    "(SELECT count(*) FROM passages p WHERE p.document_id = d.id), "
    "(SELECT count(*) FROM passages p WHERE p.document_id = d.id AND p.vector IS NOT NULL)"
)


class DocumentRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- writing --------------------------------------------------------------------------

    def add(self, message_id: int, documents: Sequence[NewDocument]) -> list[int]:
        """Store documents with a message (inside the caller's transaction); their ids."""
        ids: list[int] = []
        for document in documents:
            original = document.original
            if original is not None and len(original) > ORIGINAL_CAP:
                original = None
            mode = DocumentMode(document.mode)
            passages = mode is DocumentMode.PASSAGES
            state = DocumentState.EMBEDDING if passages else DocumentState.READY
            cursor = self._db.execute(
                "INSERT INTO documents (message_id, name, kind, size, page_count, encoding, "
                "text, original, mode, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    document.name,
                    document.kind,
                    int(document.size),
                    document.page_count,
                    document.encoding,
                    document.text,
                    None if original is None else bytes(original),
                    mode.value,
                    state.value,
                ),
            )
            document_id = int(cursor.lastrowid or 0)
            self.add_passages(document_id, document.passages)
            ids.append(document_id)
        return ids

    def add_passages(self, document_id: int, passages: Iterable[NewPassage]) -> None:
        self._db.execute_many(
            "INSERT INTO passages (document_id, idx, page, heading, text) VALUES (?, ?, ?, ?, ?)",
            [(document_id, p.index, p.page, p.heading, p.text) for p in passages],
        )

    def copy_all(self, from_message_id: int, to_message_id: int) -> None:
        """Give a new version of a message the documents of the old one (passages and
        vectors too: nothing is embedded twice)."""
        with self._db.transaction():
            for (document_id,) in self._db.query(
                "SELECT id FROM documents WHERE message_id = ? ORDER BY id", (from_message_id,)
            ):
                cursor = self._db.execute(
                    "INSERT INTO documents (message_id, name, kind, size, page_count, encoding, "
                    "text, original, mode, embed_model, state) SELECT ?, name, kind, size, "
                    "page_count, encoding, text, original, mode, embed_model, state "
                    "FROM documents WHERE id = ?",
                    (to_message_id, document_id),
                )
                self._db.execute(
                    "INSERT INTO passages (document_id, idx, page, heading, text, vector) "
                    "SELECT ?, idx, page, heading, text, vector FROM passages "
                    "WHERE document_id = ? ORDER BY idx",
                    (int(cursor.lastrowid or 0), document_id),
                )

    def set_vectors(self, vectors: Sequence[tuple[int, bytes]]) -> None:
        """Store embedding vectors by passage id (one transaction)."""
        with self._db.transaction():
            self._db.execute_many(
                "UPDATE passages SET vector = ? WHERE id = ?",
                [(bytes(blob), passage_id) for passage_id, blob in vectors],
            )

    def start_embedding(self, document_id: int, model: str) -> None:
        """Mark the document as being embedded by ``model``; vectors another model made are
        dropped (vectors of two models can't be compared)."""
        with self._db.transaction():
            row = self._db.query_one(
                "SELECT embed_model FROM documents WHERE id = ?", (document_id,)
            )
            if row is None:
                return
            if row[0] != model:
                self._db.execute(
                    "UPDATE passages SET vector = NULL WHERE document_id = ?", (document_id,)
                )
            self._db.execute(
                "UPDATE documents SET embed_model = ?, state = ? WHERE id = ?",
                (model, DocumentState.EMBEDDING.value, document_id),
            )

    def set_state(self, document_id: int, state: DocumentState) -> None:
        self._db.execute(
            "UPDATE documents SET state = ? WHERE id = ?", (DocumentState(state).value, document_id)
        )

    def save_sources(self, message_id: int, sources: Sequence[Source]) -> None:
        """The passages a reply was given (replacing any saved before for it)."""
        with self._db.transaction():
            self._db.execute("DELETE FROM reply_sources WHERE message_id = ?", (message_id,))
            self._db.execute_many(
                "INSERT INTO reply_sources (message_id, position, document_name, page, "
                "heading, text) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (message_id, position, s.document_name, s.page, s.heading, s.text)
                    for position, s in enumerate(sources)
                ],
            )

    # --- reading --------------------------------------------------------------------------

    def info(self, document_id: int) -> DocumentInfo | None:
        row = self._db.query_one(
            f"SELECT {INFO_COLUMNS} FROM documents d WHERE d.id = ?", (document_id,)
        )
        return _info(row) if row is not None else None

    def text(self, document_id: int) -> str:
        row = self._db.query_one("SELECT text FROM documents WHERE id = ?", (document_id,))
        return str(row[0]) if row is not None else ""

    def original(self, document_id: int) -> bytes | None:
        row = self._db.query_one("SELECT original FROM documents WHERE id = ?", (document_id,))
        return bytes(row[0]) if row is not None and row[0] is not None else None

    def encoding(self, document_id: int) -> str:
        row = self._db.query_one("SELECT encoding FROM documents WHERE id = ?", (document_id,))
        return str(row[0]) if row is not None else ""

    def of_messages(self, message_ids: Iterable[int]) -> dict[int, list[DocumentInfo]]:
        ids = list(message_ids)
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._db.query(
            f"SELECT {INFO_COLUMNS} FROM documents d WHERE d.message_id IN ({marks}) ORDER BY d.id",
            ids,
        )
        grouped: dict[int, list[DocumentInfo]] = {}
        for row in rows:
            grouped.setdefault(row[1], []).append(_info(row))
        return grouped

    def in_conversation(self, conversation_id: int) -> dict[int, list[DocumentInfo]]:
        rows = self._db.query(
            f"SELECT {INFO_COLUMNS} FROM messages m JOIN documents d ON d.message_id = m.id "
            "WHERE m.conversation_id = ? ORDER BY d.id",
            (conversation_id,),
        )
        grouped: dict[int, list[DocumentInfo]] = {}
        for row in rows:
            grouped.setdefault(row[1], []).append(_info(row))
        return grouped

    def passages(self, document_id: int) -> list[tuple[int, NewPassage]]:
        """Every passage of a document, in order, with its id."""
        rows = self._db.query(
            "SELECT id, idx, text, page, heading FROM passages WHERE document_id = ? ORDER BY idx",
            (document_id,),
        )
        return [(row[0], NewPassage(row[1], row[2], row[3], row[4])) for row in rows]

    def without_vectors(self, document_id: int, limit: int) -> list[tuple[int, str]]:
        """Up to ``limit`` passages still to embed, in order: (id, text)."""
        return [
            (row[0], row[1])
            for row in self._db.query(
                "SELECT id, text FROM passages WHERE document_id = ? AND vector IS NULL "
                "ORDER BY idx LIMIT ?",
                (document_id, limit),
            )
        ]

    def vectors(self, document_id: int) -> list[tuple[int, bytes]]:
        """(passage id, vector BLOB) of every embedded passage, in order."""
        return [
            (row[0], bytes(row[1]))
            for row in self._db.query(
                "SELECT id, vector FROM passages WHERE document_id = ? AND vector IS NOT NULL "
                "ORDER BY idx",
                (document_id,),
            )
        ]

    def unfinished(self) -> list[DocumentInfo]:
        """Documents whose embedding was under way when the app last ended."""
        rows = self._db.query(
            f"SELECT {INFO_COLUMNS} FROM documents d WHERE d.state = ? ORDER BY d.id",
            (DocumentState.EMBEDDING.value,),
        )
        return [_info(row) for row in rows]

    def sources_of(self, message_ids: Iterable[int]) -> dict[int, list[Source]]:
        ids = list(message_ids)
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._db.query(
            "SELECT message_id, document_name, page, heading, text FROM reply_sources "
            f"WHERE message_id IN ({marks}) ORDER BY message_id, position",
            ids,
        )
        grouped: dict[int, list[Source]] = {}
        for row in rows:
            grouped.setdefault(row[0], []).append(Source(row[1], row[2], row[3], row[4]))
        return grouped

    def sources_in(self, conversation_id: int) -> dict[int, list[Source]]:
        rows = self._db.query(
            "SELECT s.message_id, s.document_name, s.page, s.heading, s.text FROM messages m "
            "JOIN reply_sources s ON s.message_id = m.id WHERE m.conversation_id = ? "
            "ORDER BY s.message_id, s.position",
            (conversation_id,),
        )
        grouped: dict[int, list[Source]] = {}
        for row in rows:
            grouped.setdefault(row[0], []).append(Source(row[1], row[2], row[3], row[4]))
        return grouped


def _info(row: Any) -> DocumentInfo:
    return DocumentInfo(
        id=row[0],
        message_id=row[1],
        name=row[2],
        kind=row[3],
        size=row[4],
        page_count=row[5],
        chars=int(row[6] or 0),
        mode=DocumentMode(row[7]),
        state=DocumentState(row[8]),
        embed_model=row[9],
        passage_count=int(row[10]),
        embedded_count=int(row[11]),
    )
