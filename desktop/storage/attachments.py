"""Images attached to messages, stored as BLOBs next to their message.

BLOBs rather than files: a backup is one consistent file, a crash never leaves an image without
its message (or the reverse), and deleting a message deletes its images. Listing reads only the
small columns; the bytes are read when an image is shown or sent.
"""

from __future__ import annotations

from desktop.storage.database import Database
from desktop.storage.records import AttachmentInfo

COLUMNS = "id, message_id, mime_type, name, size"


class AttachmentRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def data(self, attachment_id: int) -> bytes:
        """The image's bytes (empty if it no longer exists)."""
        row = self._db.query_one("SELECT data FROM attachments WHERE id = ?", (attachment_id,))
        return bytes(row[0]) if row is not None else b""

    def info(self, attachment_id: int) -> AttachmentInfo | None:
        row = self._db.query_one(
            f"SELECT {COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)
        )
        return AttachmentInfo(*row) if row is not None else None

    def of_message(self, message_id: int) -> list[AttachmentInfo]:
        rows = self._db.query(
            f"SELECT {COLUMNS} FROM attachments WHERE message_id = ? ORDER BY id", (message_id,)
        )
        return [AttachmentInfo(*row) for row in rows]
