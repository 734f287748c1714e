"""The one SQLite connection: opening, settings, transactions, migrations, crash recovery.

WAL journal (readers never block the writer, a crash never corrupts committed data), foreign
keys on (deleting a conversation removes its messages and images), ``synchronous=NORMAL`` (in
WAL mode a power cut may lose the last commits, never consistency; a killed app loses nothing
committed). Autocommit by default: a single-row write commits by itself; several writes that
must land together go in ``with database.transaction():``.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.i18n import translate
from desktop.storage.migrations import CURRENT_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

DATABASE_FILE = "paddock.db"


class StorageError(Exception):
    """The chat database cannot be used. ``message`` is plain words, ``detail`` technical."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class Database:
    """Owns the connection. Use it from one thread (the GUI's); calls are small and fast."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, *, now: Callable[[], float] = time.time
    ) -> None:
        self.connection = connection
        self.path = path
        self.now = now
        self._depth = 0

    @classmethod
    def open(cls, path: Path, *, now: Callable[[], float] = time.time) -> Database:
        """Open or create the database at ``path``, bring its schema up to date, and mark
        replies a crash left half-written as interrupted."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = connect(path)
        except sqlite3.Error as exc:
            raise _open_error(path, exc) from exc
        database = cls(connection, path, now=now)
        try:
            database.migrate()
            recovered = database.recover_interrupted()
        except StorageError:
            connection.close()
            raise
        except sqlite3.Error as exc:
            connection.close()
            raise _open_error(path, exc) from exc
        if recovered:
            log.info("marked %d reply(ies) interrupted by an earlier exit", recovered)
        return database

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.connection.execute("PRAGMA optimize")
        self.connection.close()

    # --- statements -----------------------------------------------------------------------

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, parameters)

    def query(self, sql: str, parameters: Any = ()) -> list[Any]:
        return self.connection.execute(sql, parameters).fetchall()

    def query_one(self, sql: str, parameters: Any = ()) -> Any:
        return self.connection.execute(sql, parameters).fetchone()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside land together or not at all; nesting joins the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.connection.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.connection.execute("ROLLBACK")
            raise
        self._depth = 0
        self.connection.execute("COMMIT")

    # --- schema ---------------------------------------------------------------------------

    @property
    def version(self) -> int:
        return int(self.query_one("PRAGMA user_version")[0])

    def migrate(self) -> None:
        """Run the migrations this file has not had yet, each in its own transaction."""
        version = self.version
        if version > CURRENT_VERSION:
            raise StorageError(
                translate(
                    "Storage",
                    "This chat history was saved by a newer version of Paddock. "
                    "Update Paddock to open it.",
                ),
                detail=f"{self.path}: user_version {version} > {CURRENT_VERSION}",
            )
        for number in range(version, CURRENT_VERSION):
            with self.transaction():
                MIGRATIONS[number](self.connection)
                self.connection.execute(f"PRAGMA user_version = {number + 1}")
            log.info("chat database upgraded to version %d", number + 1)

    def recover_interrupted(self) -> int:
        """Replies still ``streaming`` were cut by an exit or a crash: mark them interrupted."""
        cursor = self.execute("UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'")
        return cursor.rowcount

    def integrity_ok(self) -> bool:
        rows = self.query("PRAGMA integrity_check")
        return [tuple(row) for row in rows] == [("ok",)]


def _open_error(path: Path, error: sqlite3.Error) -> StorageError:
    if isinstance(error, sqlite3.OperationalError):  # permissions, a full disk, a lock
        message = translate("Storage", "Paddock can't open its chat history at {path}.")
    else:
        message = translate(
            "Storage", "Paddock's chat history at {path} is damaged or is not a Paddock file."
        )
    message = message.format(path=path)
    return StorageError(message, detail=repr(error))


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with Paddock's settings (also used for backups and their checks)."""
    # Opened on one thread and used from the operation runner's worker (one thread at a time;
    # see desktop/services/operations.py): sqlite3's same-thread check would refuse that.
    connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error:
        connection.close()
        raise
    return connection
