"""The one SQLite connection: opening, settings, transactions, migrations, crash recovery.

WAL journal (readers never block the writer, a crash never corrupts committed data), foreign
keys on (deleting a conversation removes its messages and images), ``synchronous=NORMAL`` (in
WAL mode a power cut may lose the last commits, never consistency; a killed app loses nothing
committed). Autocommit by default: a single-row write commits by itself; several writes that
must land together go in ``with database.transaction():``.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop.errors import PaddockError
from desktop.i18n import translate
from desktop.storage.migrations import CURRENT_VERSION, MIGRATIONS
from desktop.storage.storable import storable_parameters, storable_rows

log = logging.getLogger(__name__)

DATABASE_FILE = "paddock.db"
MIN_FREE_BYTES = 64 * 1024  # less than this, and SQLite can't create its journal files


class StorageError(PaddockError):
    """The chat database cannot be used. ``message`` is plain words, ``detail`` technical."""


class StorageFull(StorageError):
    """The disk (or the database's size limit) is full: nothing more can be saved until there
    is room again. Whatever was saved before is intact; the write that failed changed nothing."""

    def __init__(self, message: str = "", *, detail: str = "") -> None:
        super().__init__(message or disk_full_message(), detail=detail)


def disk_full_message() -> str:
    return translate(
        "Storage",
        "The disk is full — Paddock can't save. Free some space; nothing written so far is lost.",
    )


def is_disk_full(error: BaseException) -> bool:
    """SQLite's ``SQLITE_FULL`` or the system's "no space left on device"."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF == sqlite3.SQLITE_FULL  # extended codes keep the primary low
        return "database or disk is full" in str(error)
    return isinstance(error, OSError) and error.errno == errno.ENOSPC


@contextlib.contextmanager
def disk_full_as_storage_full() -> Iterator[None]:
    """Turn a disk-full failure inside the block into :class:`StorageFull`; others pass."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc):
            raise StorageFull(detail=repr(exc)) from exc
        raise


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
        except StorageFull as exc:
            if database.version != CURRENT_VERSION:  # an old schema can't be used: give up
                connection.close()
                raise
            # The chats can still be read; the leftover replies are marked at the next start.
            log.warning("could not mark interrupted replies: %s (%s)", exc, exc.detail)
            recovered = 0
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

    # Text with a lone surrogate can't be bound (UTF-8 has no encoding for it). Binding
    # happens before the statement runs, so running it again with the text made storable
    # writes it once; the common case pays nothing.

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        with disk_full_as_storage_full():
            return self._execute(sql, parameters)

    def _execute(self, sql: str, parameters: Any) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, parameters)
        except UnicodeEncodeError:
            return self.connection.execute(sql, storable_parameters(parameters))

    def execute_many(self, sql: str, rows: Iterable[Any]) -> sqlite3.Cursor:
        with disk_full_as_storage_full():
            return self.connection.executemany(sql, storable_rows(rows))

    def query(self, sql: str, parameters: Any = ()) -> list[Any]:
        with disk_full_as_storage_full():
            return self._execute(sql, parameters).fetchall()

    def query_one(self, sql: str, parameters: Any = ()) -> Any:
        with disk_full_as_storage_full():
            return self._execute(sql, parameters).fetchone()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside land together or not at all; nesting joins the outer one.

        When a write fails, SQLite may already have rolled the whole transaction back by itself
        (a full disk does that): then there is nothing left to roll back, and the original
        error is what the caller must see, not "cannot rollback - no transaction is active".
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self.execute("COMMIT")
        except BaseException:
            self._roll_back()
            raise
        finally:
            self._depth = 0

    def _roll_back(self) -> None:
        if not self.connection.in_transaction:
            return
        try:
            self.connection.execute("ROLLBACK")
        except sqlite3.Error:  # the first error matters more; SQLite keeps the file consistent
            log.exception("rolling back a failed transaction failed")

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
    # On a full disk SQLite often says only "disk I/O error" (it can't create its -wal file).
    if is_disk_full(error) or _no_room(path.parent):
        message = translate(
            "Storage",
            "The disk is full, so Paddock can't open your chats. Nothing in them is lost: "
            "free some space, then start Paddock again.",
        )
        return StorageFull(message, detail=f"{path}: {error!r}")
    if isinstance(error, sqlite3.OperationalError):  # permissions, a full disk, a lock
        message = translate("Storage", "Paddock can't open its chat history at {path}.")
    else:
        message = translate(
            "Storage", "Paddock's chat history at {path} is damaged or is not a Paddock file."
        )
    message = message.format(path=path)
    return StorageError(message, detail=repr(error))


def _no_room(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < MIN_FREE_BYTES
    except OSError:
        return False


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
