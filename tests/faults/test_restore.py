"""Restoring a backup works exactly when it is needed: over a chat file that can't be opened.

The damaged file is kept aside (never deleted) and named in the message; a bad backup changes
nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.app import create_main_window
from desktop.storage import ChatStore, StorageError
from desktop.storage.backup import restore_in_place
from tests.fake_ollama import FakeOllama
from tests.ui.chat.conftest import finished

GARBAGE = b"this is not a database, " * 100


def _backup_with_a_chat(folder: Path) -> Path:
    store = ChatStore.open(folder / "elsewhere")
    try:
        conversation = store.conversations.create(model="m", title="Kept in the backup")
        store.messages.add(conversation.id, "user", "Remember this.", parent_id=None)
        target = folder / "chats.paddock-backup"
        store.backup_to(target)
    finally:
        store.close()
    return target


def _titles(data_dir: Path) -> list[str]:
    store = ChatStore.open(data_dir)
    try:
        return [conversation.title for conversation in store.conversations.list()]
    finally:
        store.close()


@pytest.mark.logs_error  # the damaged file is logged as an error at start, and the app goes on
def test_a_backup_restores_over_a_damaged_chat_file(
    qtbot: Any, qloop: Any, tmp_path: Path, data_dir: Path, fake_ollama: FakeOllama
) -> None:
    backup = _backup_with_a_chat(tmp_path)
    (data_dir / "paddock.db").write_bytes(GARBAGE)
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    assert window.context.chat_store is None  # the chats couldn't be opened

    message = finished(qtbot, window.chat_tab.restore_chats(backup), timeout=10_000)

    kept = data_dir / "paddock.db.damaged"
    assert "restored" in message and "nothing was restored" not in message
    assert str(kept) in message and "Restart Paddock" in message
    assert kept.read_bytes() == GARBAGE  # the damaged file is kept as it was
    window.close()
    assert _titles(data_dir) == ["Kept in the backup"]


def test_a_bad_backup_over_a_damaged_chat_file_changes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "data" / "paddock.db"
    database.parent.mkdir()
    database.write_bytes(GARBAGE)
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_bytes(b"hello" * 1000)
    with pytest.raises(StorageError):
        restore_in_place(database, not_a_backup)
    assert database.read_bytes() == GARBAGE
    assert sorted(path.name for path in database.parent.iterdir()) == ["paddock.db"]


def test_a_second_damaged_file_does_not_replace_the_first_one_kept(tmp_path: Path) -> None:
    backup = _backup_with_a_chat(tmp_path)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "paddock.db.damaged").write_bytes(b"first")
    (data_dir / "paddock.db").write_bytes(GARBAGE)
    kept = restore_in_place(data_dir / "paddock.db", backup)
    assert kept == data_dir / "paddock.db.damaged-2" and kept.read_bytes() == GARBAGE
    assert (data_dir / "paddock.db.damaged").read_bytes() == b"first"
    assert _titles(data_dir) == ["Kept in the backup"]
