"""A full disk: nothing already saved is lost, the user reads what happened in plain words, and
Paddock goes on working (and saves what it kept in memory) once there is room again.

Each fault is made twice where possible: with SQLite's own size limit (``max_page_count``: real
SQLite answering ``SQLITE_FULL``, on any machine) and with a real 2 MB tmpfs (root on Linux;
skipped with the reason elsewhere).
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

import pytest

from desktop.storage import ChatStore, ImportFailed, StorageFull
from tests.faults.disk import free_space, limit_growth, small_disk


def _export_with_a_big_message(store: ChatStore, size: int) -> dict[str, Any]:
    source = store.conversations.create(model="m", title="Big one")
    store.messages.add(source.id, "user", "x" * size, parent_id=None)
    data = store.export_json(source.id)
    store.conversations.delete(source.id)
    return data


def _assert_import_refused_in_plain_words(store: ChatStore, data: dict[str, Any]) -> None:
    before = [c.id for c in store.conversations.list()]
    with pytest.raises(ImportFailed) as raised:
        store.import_json(data)
    message = raised.value.message
    assert "disk is full" in message and "Nothing was changed" in message
    assert isinstance(raised.value.__cause__, StorageFull)
    assert not store.database.connection.in_transaction
    assert [c.id for c in store.conversations.list()] == before
    assert store.integrity_ok()


def test_importing_into_a_full_database_says_so_and_changes_nothing(tmp_path: Path) -> None:
    store = ChatStore.open(tmp_path / "data")
    try:
        data = _export_with_a_big_message(store, 300_000)
        limit_growth(store.database)
        _assert_import_refused_in_plain_words(store, data)
        free_space(store.database)
        imported = store.import_json(data)
        assert store.messages.visible_path(imported)[0].content == "x" * 300_000
    finally:
        store.close()


def test_importing_onto_a_full_disk_says_so_and_changes_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "small") as disk:
        store = ChatStore.open(disk / "data")
        try:
            store.conversations.create(model="m", title="Kept")
            # Bigger than the disk: SQLite spills it to the file mid-way, fails, and ends the
            # transaction by itself (the case that used to report "cannot rollback").
            message = {"id": 1, "parent_id": None, "role": "user", "content": "y" * 2_500_000}
            image = base64.b64encode(os.urandom(1000)).decode("ascii")
            message["attachments"] = [{"mime_type": "image/png", "data": image}]
            data = {
                "format": "paddock.conversation",
                "format_version": 1,
                "conversation": {"title": "Too big"},
                "messages": [message],
            }
            _assert_import_refused_in_plain_words(store, data)
            assert [c.title for c in store.conversations.list()] == ["Kept"]
        finally:
            store.close()
