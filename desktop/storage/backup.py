"""Back up every chat to one file, and restore from it (Settings uses both).

SQLite's online backup copies the live database page by page into a consistent snapshot, images
included (they are BLOBs), while the app keeps running. The copy is written beside the target
and renamed into place, so an interrupted backup never leaves a half file under the real name.
Restoring checks the file first (a readable Paddock database, not from a newer Paddock, intact)
and only then copies it over the live database through the same connection, then upgrades it
if it came from an older Paddock.

When the live database can't even be opened (damaged, not a database), that is exactly when a
restore is needed: ``restore_in_place`` copies the backup beside it, moves the damaged file
aside (kept, never deleted) and puts the copy in its place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from desktop.i18n import translate
from desktop.storage.database import Database, StorageError, connect
from desktop.storage.migrations import CURRENT_VERSION

REQUIRED_TABLES = {"conversations", "messages", "attachments"}


def read_only_uri(path: Path) -> str:
    """The SQLite URI that opens ``path`` read-only, whatever its folder is called.

    In a ``file:`` URI, ``?`` starts the options, ``#`` a fragment and ``%`` an escape: an
    unquoted "C# notes" folder made SQLite open (and create) a file "C" beside it instead.
    ``as_uri`` percent-encodes those (and spaces, and non-ASCII bytes), which SQLite decodes;
    it needs an absolute path, and gives Windows drive paths the "file:///C:/" form SQLite
    expects.
    """
    return f"{path.absolute().as_uri()}?mode=ro"


UNFINISHED_MARK = "backup-in-progress"  # in the data folder: where a backup is being written


def backup_to(database: Database, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    mark = database.path.with_name(UNFINISHED_MARK)
    remove_unfinished_backup(database.path.parent)
    _remove_partial(partial)
    with contextlib.suppress(OSError):  # without it, only a backup to the same place cleans up
        mark.write_text(str(partial.absolute()), encoding="utf-8")
    try:
        copy = sqlite3.connect(str(partial), isolation_level=None)
        try:
            database.connection.backup(copy)
            # A standalone file: no -wal/-shm companions to lose when it is copied around.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        _remove_partial(partial)
        raise StorageError(
            translate("Storage", "The backup could not be written to {path}.").format(path=target),
            detail=repr(exc),
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            mark.unlink()


def remove_unfinished_backup(data_dir: Path) -> None:
    """Remove what a backup cut short (the app killed mid-copy) left beside its target: the
    half copy and its journal. Runs at every start and before every backup."""
    mark = data_dir / UNFINISHED_MARK
    try:
        partial = Path(mark.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return
    if partial.name.endswith(".part"):  # never anything the mark didn't make
        _remove_partial(partial)
    with contextlib.suppress(OSError):
        mark.unlink()


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in _COMPANIONS)):
        with contextlib.suppress(OSError):
            leftover.unlink()


_COMPANIONS = ("-journal", "-wal", "-shm")


def check_backup(source: Path) -> int:
    """The backup's schema version if ``source`` is a usable Paddock backup, else StorageError."""
    if not source.is_file():
        raise StorageError(
            translate("Storage", "There is no backup file at {path}.").format(path=source)
        )
    try:
        connection = sqlite3.connect(read_only_uri(source), uri=True)
    except sqlite3.Error as exc:
        raise StorageError(
            translate("Storage", "The backup {path} cannot be opened.").format(path=source),
            detail=repr(exc),
        ) from exc
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        check = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise StorageError(
            translate("Storage", "{name} is not a Paddock backup (or it is damaged).").format(
                name=source.name
            ),
            detail=repr(exc),
        ) from exc
    finally:
        connection.close()
    if version > CURRENT_VERSION:
        raise StorageError(
            translate(
                "Storage",
                "This backup was made by a newer version of Paddock. Update Paddock to restore it.",
            ),
            detail=f"user_version {version} > {CURRENT_VERSION}",
        )
    if version < 1 or not tables >= REQUIRED_TABLES:
        raise StorageError(
            translate("Storage", "{name} is not a Paddock backup.").format(name=source.name),
            detail=f"v{version}, tables {tables}",
        )
    if [tuple(row) for row in check] != [("ok",)]:
        raise StorageError(
            translate("Storage", "The backup {name} is damaged.").format(name=source.name),
            detail=repr(check[:5]),
        )
    return version


def restore_from(database: Database, source: Path) -> None:
    check_backup(source)
    try:
        backup = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            backup.backup(database.connection)
        finally:
            backup.close()
        database.connection.execute("PRAGMA journal_mode = WAL")
        database.migrate()
        database.recover_interrupted()
    except sqlite3.Error as exc:
        raise StorageError(
            translate("Storage", "Restoring from {name} failed.").format(name=source.name),
            detail=repr(exc),
        ) from exc


def restore_in_place(path: Path, source: Path) -> Path | None:
    """Put the backup at ``source`` where the database ``path`` is, without opening that one.

    For a database that can't be opened. The backup is checked and copied beside ``path``
    first, so a bad backup or a failed copy changes nothing; then the file at ``path`` (and its
    ``-wal``/``-shm``) is moved aside, and the copy takes its place and is upgraded. Returns
    where the old file was kept (None when there was none). Raises :class:`StorageError`.
    """
    check_backup(source)
    partial = path.with_name(path.name + ".restoring")
    try:
        _copy_database(source, partial)
        kept = _move_aside(path) if path.exists() else None
        os.replace(partial, path)
        Database.open(path).close()  # upgraded if the backup came from an older Paddock
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StorageError(
            translate("Storage", "Restoring from {name} failed.").format(name=source.name),
            detail=repr(exc),
        ) from exc
    return kept


def _copy_database(source: Path, target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    backup = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        copy = connect(target)
        try:
            backup.backup(copy)
        finally:
            copy.close()
    finally:
        backup.close()


def _move_aside(path: Path) -> Path:
    """Move the database and its companions to the first free ``<name>.damaged[-N]``."""
    aside = path.with_name(path.name + ".damaged")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{number}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside
