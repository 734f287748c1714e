"""The words a person reads for an error: Paddock's own message, or plain words for the rest."""

from __future__ import annotations

import errno
import sqlite3

from desktop.errors import PaddockError
from desktop.ollama.errors import OllamaError
from desktop.services.chat import SessionError
from desktop.services.tasks import plain_message
from desktop.storage import ImportFailed, StorageError, StorageFull


def test_every_paddock_error_carries_its_message_and_detail() -> None:
    for kind in (OllamaError, StorageError, ImportFailed):
        error = kind("Plain words.", detail="raw facts")
        assert isinstance(error, PaddockError)
        assert (str(error), error.message, error.detail) == (
            "Plain words.",
            "Plain words.",
            "raw facts",
        )
        assert plain_message(error) == "Plain words."
    assert isinstance(SessionError("x"), PaddockError)


def test_a_full_disk_reads_as_a_full_disk() -> None:
    full = "The disk is full — Paddock can't save. Free some space; nothing written so far is lost."
    assert plain_message(StorageFull(detail="SQLITE_FULL")) == full
    assert plain_message(OSError(errno.ENOSPC, "No space left on device")) == full
    assert plain_message(sqlite3.OperationalError("database or disk is full")) == full


def test_other_failures_read_calmly() -> None:
    assert "Permission denied" in plain_message(OSError(errno.EACCES, "Permission denied"))
    assert "log file" in plain_message(RuntimeError("boom"))
