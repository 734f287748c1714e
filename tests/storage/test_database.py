"""Opening the database: settings, schema versions and upgrades, damaged files, recovery."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from desktop.storage import ChatStore, MessageState, StorageError, StorageFull
from desktop.storage.database import DATABASE_FILE, is_disk_full
from desktop.storage.migrations import CURRENT_VERSION, MIGRATIONS, SCHEMA_V1, split_statements
from tests.faults.disk import free_space, limit_growth


def test_a_new_database_has_the_agreed_settings(tmp_path: Path) -> None:
    store = ChatStore.open(tmp_path)
    try:
        assert store.path == tmp_path / DATABASE_FILE
        assert store.path.is_file()
        db = store.database
        assert db.query_one("PRAGMA journal_mode")[0] == "wal"
        assert db.query_one("PRAGMA foreign_keys")[0] == 1
        assert db.query_one("PRAGMA synchronous")[0] == 1  # NORMAL
        assert db.version == CURRENT_VERSION > 1
        assert store.integrity_ok()
    finally:
        store.close()


def _build_database(path: Path, version: int) -> sqlite3.Connection:
    """A database as Paddock at schema ``version`` left it (migrations are frozen history)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    for number in range(version):
        MIGRATIONS[number](connection)
    connection.execute(f"PRAGMA user_version = {version}")
    return connection


def test_a_version_1_database_is_upgraded_with_its_data(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / DATABASE_FILE, isolation_level=None)
    connection.executescript(SCHEMA_V1)  # exactly what version 1 of Paddock created
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO conversations (id, title, title_source, model, options, think, "
        "created_at, updated_at) VALUES (7, 'Tea', 'user', 'llama3.2', '{\"temperature\":0.3}', "
        "'true', 1, 2)"
    )
    connection.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at) "
        "VALUES (1, 7, NULL, 'user', 'How do I brew oolong?', 1)"
    )
    connection.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, selected, role, content, state, "
        "created_at) VALUES (2, 7, 1, 0, 'assistant', 'Steep it twice.', 'complete', 2)"
    )
    connection.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, state, created_at)"
        " VALUES (3, 7, 1, 'assistant', 'Use water at 90 degrees', 'streaming', 3)"
    )
    connection.execute(
        "INSERT INTO attachments (message_id, mime_type, name, size, data) "
        "VALUES (1, 'image/png', 'leaf.png', 3, x'010203')"
    )
    connection.close()

    store = ChatStore.open(tmp_path)
    try:
        assert store.database.version == CURRENT_VERSION
        conversation = store.conversations.get(7)
        assert conversation is not None
        assert (conversation.title, conversation.model, conversation.options) == (
            "Tea",
            "llama3.2",
            {"temperature": 0.3},
        )
        assert conversation.think is True and conversation.title_set_by_user
        assert conversation.draft == "" and conversation.scroll_position is None
        path = store.messages.visible_path(7)
        assert [m.content for m in path] == ["How do I brew oolong?", "Use water at 90 degrees"]
        assert path[1].state is MessageState.INTERRUPTED  # left streaming by a crash
        assert (path[1].version, path[1].version_ids) == (2, [2, 3])
        assert store.attachments.data(path[0].attachments[0].id) == b"\x01\x02\x03"
        # Search, added in version 2, indexed what version 1 had stored.
        assert [hit.message_id for hit in store.search("oolong")] == [1]
        assert [hit.conversation_id for hit in store.search("tea")] == [7]
        assert store.integrity_ok()
    finally:
        store.close()


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_every_older_version_upgrades(tmp_path: Path, version: int) -> None:
    connection = _build_database(tmp_path / DATABASE_FILE, version)
    connection.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Old', 1, 1)"
    )
    connection.execute(
        "INSERT INTO messages (conversation_id, role, content, created_at) "
        "VALUES (1, 'user', 'kept across upgrades', 1)"
    )
    connection.close()
    store = ChatStore.open(tmp_path)
    try:
        assert store.database.version == CURRENT_VERSION
        assert [m.content for m in store.messages.visible_path(1)] == ["kept across upgrades"]
        assert store.search("upgrades")[0].message_id is not None
    finally:
        store.close()


def test_a_database_from_a_newer_paddock_is_refused_untouched(tmp_path: Path) -> None:
    connection = _build_database(tmp_path / DATABASE_FILE, CURRENT_VERSION)
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    connection.close()
    with pytest.raises(StorageError, match="newer version of Paddock"):
        ChatStore.open(tmp_path)
    check = sqlite3.connect(tmp_path / DATABASE_FILE)
    assert check.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION + 1
    check.close()


def test_a_file_that_is_not_a_database_gives_plain_words(tmp_path: Path) -> None:
    (tmp_path / DATABASE_FILE).write_bytes(b"this is a text file, not SQLite " * 100)
    with pytest.raises(StorageError) as caught:
        ChatStore.open(tmp_path)
    assert "damaged or is not a Paddock file" in caught.value.message
    assert caught.value.detail  # the technical reason goes to the log


def test_a_failed_transaction_leaves_nothing_behind(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    with pytest.raises(RuntimeError), store.database.transaction():
        store.messages.add(conversation.id, "user", "half", parent_id=None)
        with store.database.transaction():  # nested: joins the outer one
            store.messages.add(conversation.id, "user", "done", parent_id=None)
        raise RuntimeError("crash between two writes")
    assert store.messages.count(conversation.id) == 0
    store.messages.add(conversation.id, "user", "after", parent_id=None)
    assert store.messages.count(conversation.id) == 1


def test_replies_left_streaming_become_interrupted_on_open(tmp_path: Path) -> None:
    store = ChatStore.open(tmp_path)
    conversation = store.conversations.create(model="m")
    user = store.messages.add(conversation.id, "user", "hi", parent_id=None)
    reply = store.messages.add(
        conversation.id, "assistant", "", parent_id=user.id, state=MessageState.STREAMING
    )
    store.reply_writer(reply.id).flush()
    store.messages.save_reply(reply.id, content="Hel", thinking="")
    store.database.connection.close()  # the app dies without finishing the reply

    reopened = ChatStore.open(tmp_path)
    try:
        message = reopened.messages.get(reply.id)
        assert message is not None
        assert (message.state, message.content) == (MessageState.INTERRUPTED, "Hel")
    finally:
        reopened.close()


def test_statements_split_with_trigger_bodies_intact() -> None:
    statements = split_statements(
        "CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO a VALUES (1);\n  INSERT INTO a VALUES (2);\nEND;\n"
    )
    assert len(statements) == 2
    assert statements[1].count("INSERT") == 3


def test_a_transaction_sqlite_already_rolled_back_reports_the_first_error(store: ChatStore) -> None:
    """On a full disk SQLite may end the transaction itself: rolling back again must not
    replace the real error with "cannot rollback - no transaction is active"."""
    database = store.database

    class Failed(Exception):
        pass

    with pytest.raises(Failed), database.transaction():
        database.execute("INSERT INTO conversations (created_at, updated_at) VALUES (1, 1)")
        database.execute("ROLLBACK")  # what SQLite does by itself after some write errors
        raise Failed
    assert not database.connection.in_transaction
    assert store.conversations.list() == []
    with database.transaction():  # the connection is usable again
        store.conversations.create(model="m")
    assert len(store.conversations.list()) == 1


def test_a_failed_commit_rolls_back_and_leaves_the_connection_usable(store: ChatStore) -> None:
    database = store.database
    with pytest.raises(sqlite3.IntegrityError), database.transaction():
        database.execute("PRAGMA defer_foreign_keys = ON")
        database.execute(
            "INSERT INTO messages (conversation_id, parent_id, role, created_at) "
            "VALUES (999, NULL, 'user', 1)"
        )  # a foreign key checked only at COMMIT
    assert not database.connection.in_transaction
    assert store.messages.count() == 0
    store.conversations.create(model="m")


def test_a_full_database_raises_storage_full_in_plain_words(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    limit_growth(store.database)
    with pytest.raises(StorageFull) as raised:
        store.messages.add(conversation.id, "user", "x" * 100_000, parent_id=None)
    assert "disk is full" in raised.value.message
    assert "database or disk is full" in raised.value.detail
    assert isinstance(raised.value, StorageError)
    assert not store.database.connection.in_transaction
    assert store.messages.count() == 0
    free_space(store.database)
    store.messages.add(conversation.id, "user", "x" * 100_000, parent_id=None)
    assert store.messages.count() == 1


def test_disk_full_is_sqlite_full_or_enospc() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    assert is_disk_full(full)
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))
    assert not is_disk_full(ValueError("database or disk is full"))
